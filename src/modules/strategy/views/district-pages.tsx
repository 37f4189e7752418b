import { districtName } from "../../../platform/reference-data";
import { DataTable } from "../../../ui/components/data-table";
import { DistrictMap, mapLevel } from "../../../ui/components/district-map";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";
import type { MeasureListItem, Reference } from "../domain/catalogue";
import type { DistrictCount, MeasurePlace } from "../domain/district-counts";
import { MeasuresSection } from "./catalogue-pages";
import { pick } from "./format";

const measureCount = (page: PageContext, n: number) =>
  page.t(n === 1 ? "strategy.count.measureOne" : "strategy.count.measures", { count: n });

/** All districts: a map shaded by the number of measures, the same figures as a table, and how they are counted. */
export function DistrictsPage(props: { page: PageContext; districts: DistrictCount[]; cityWide: number }) {
  const { page } = props;
  const { t, locale, city } = page;
  const cityName = city.name[locale];
  const max = Math.max(0, ...props.districts.map((d) => d.total));
  const name = (key: string) => districtName(city, key, locale) ?? key;
  return (
    <Layout page={page} title={t("strategy.districts.heading")} section="strategy">
      <h1>{t("strategy.districts.heading")}</h1>
      <p class="lead">{t("strategy.districts.lead", { city: cityName })}</p>
      {city.map && (
        <DistrictMap
          city={city}
          id="districts-map"
          title={t("strategy.districts.mapTitle", { city: cityName })}
          description={t("strategy.districts.mapDescription")}
          attribution={city.map.attribution[locale]}
          areas={props.districts.map((d) => ({
            key: d.key,
            href: `/districts/${d.key}`,
            label: t("strategy.districts.areaLabel", { district: name(d.key), count: measureCount(page, d.total) }),
            level: mapLevel(d.total, max),
            text: String(d.total),
          }))}
        />
      )}
      <DataTable
        id="districts-table"
        caption={t("strategy.districts.tableCaption")}
        columns={[
          t("strategy.districts.column.district"),
          t("strategy.districts.column.byPlace"),
          t("strategy.districts.column.byOffice"),
          t("strategy.districts.column.total"),
        ]}
      >
        {props.districts.map((d) => (
          <tr>
            <th scope="row">
              <a href={`/districts/${d.key}`}>{name(d.key)}</a>
            </th>
            <td class="numeric">{d.byPlace}</td>
            <td class="numeric">{d.byOffice}</td>
            <td class="numeric">{d.total}</td>
          </tr>
        ))}
      </DataTable>
      <p>
        {t("strategy.districts.howCounted", {
          count: props.cityWide,
          district: city.districts[0]?.name[locale] ?? "",
        })}
      </p>
    </Layout>
  );
}

/** One district: where it lies, its measures by place, the measures its office is responsible for elsewhere. */
export function DistrictPage(props: {
  page: PageContext;
  reference: Reference;
  district: string;
  measures: { items: MeasureListItem[]; total: number; page: number; pageSize: number };
  byOffice: MeasurePlace[];
  cityWide: number;
}) {
  const { page } = props;
  const { t, locale, city } = page;
  const name = districtName(city, props.district, locale) ?? props.district;
  return (
    <Layout page={page} title={name} section="strategy">
      <p class="breadcrumb">
        <a href="/districts">{t("strategy.districts.heading")}</a>
      </p>
      <h1>{t("strategy.district.heading", { district: name })}</h1>
      <p>{t("strategy.district.intro", { count: props.cityWide })}</p>
      {city.map && (
        <DistrictMap
          city={city}
          id="district-map"
          size="small"
          title={t("strategy.district.mapTitle", { district: name, city: city.name[locale] })}
          description={t("strategy.district.mapDescription", { district: name })}
          attribution={city.map.attribution[locale]}
          areas={city.districts.map((d) => ({
            key: d.key,
            label: d.name[locale],
            level: d.key === props.district ? 4 : 0,
          }))}
        />
      )}
      <MeasuresSection
        page={page}
        reference={props.reference}
        measures={props.measures}
        listHref={`/measures?district=${encodeURIComponent(props.district)}`}
      />
      {props.byOffice.length > 0 && (
        <section aria-labelledby="district-office">
          <h2 id="district-office">{t("strategy.district.officeHeading")}</h2>
          <p>{t("strategy.district.officeIntro", { district: name })}</p>
          <ul>
            {props.byOffice.map((m) => (
              <li>
                <a href={`/measures/${m.slug}`}>{pick(m.title, locale)}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </Layout>
  );
}
