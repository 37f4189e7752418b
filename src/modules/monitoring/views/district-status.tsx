import { DataTable } from "../../../ui/components/data-table";
import type { PageContext } from "../../../ui/page-context";
import type { DistrictAssessment } from "../domain/monitoring-view";
import { areaName, formatShare, periodLabel } from "./format";
import { ProgressBadge } from "./status-label";

/**
 * How each district stands on an indicator measured per district: its latest value, how far it has
 * come from the baseline toward the target that counts now, and its status, in the order the city
 * lists its districts. Districts without values are left out; the table says so below.
 */
export function DistrictStatusTable(props: {
  page: PageContext;
  districts: readonly DistrictAssessment[];
  name: string;
  format: (value: number) => string;
  id: string;
}) {
  const { page, format } = props;
  const { t, locale } = page;
  if (props.districts.length === 0) return null;
  const order = new Map(page.city.districts.map((district, i) => [district.key, i]));
  const rank = (key: string) => order.get(key) ?? order.size;
  const rows = [...props.districts].sort((a, b) => rank(a.district) - rank(b.district));
  return (
    <>
      <DataTable
        id={props.id}
        caption={t("monitoring.districts.caption", { name: props.name })}
        columns={[
          t("monitoring.districts.district"),
          t("monitoring.districts.latest"),
          t("monitoring.districts.progress"),
          t("monitoring.districts.status"),
        ]}
      >
        {rows.map(({ district, assessment, status }) => {
          const latest = assessment?.latest ?? null;
          return (
            <tr>
              <th scope="row">{areaName(t, locale, page.city, district)}</th>
              <td>
                {latest
                  ? t("monitoring.indicator.latestValue", {
                      value: format(latest.value),
                      period: periodLabel(t, locale, latest.period),
                    })
                  : t("monitoring.indicator.noValues")}
              </td>
              <td>
                {assessment?.progressClamped === null || assessment?.progressClamped === undefined
                  ? t("monitoring.districts.noProgress")
                  : formatShare(locale, assessment.progressClamped)}
              </td>
              <td>
                <ProgressBadge t={t} status={status} />
              </td>
            </tr>
          );
        })}
      </DataTable>
      <p class="hint">{t("monitoring.districts.note", { count: rows.length, all: page.city.districts.length })}</p>
    </>
  );
}
