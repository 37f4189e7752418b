import { districtName } from "../../../platform/reference-data";
import { DistrictMap, type MapArea } from "../../../ui/components/district-map";
import type { PageContext } from "../../../ui/page-context";
import type { Budget, Heading } from "../domain/model";
import { contentLang, money } from "./format";
import { Written } from "./written";

/** The anchor of an area's entry on the budget's page; the map's districts link to it. */
export const areaAnchor = (heading: { id: string }) => `area-${heading.id}`;

/**
 * The budget's areas: a small map that shades the districts with an area of their own (each a link
 * to its entry), and the list of every area with its money and district (unless the area is named
 * after it), which says all the map shows. An area for the whole city has no district and is listed,
 * not drawn.
 */
export function BudgetAreas(props: { page: PageContext; budget: Budget; headings: Heading[] }) {
  const { t, locale, city } = props.page;
  const { headings } = props;
  const inDistrict = (key: string) => headings.filter((h) => h.district === key);
  const drawn = city.districts.filter((d) => inDistrict(d.key).length > 0);
  const areas: MapArea[] = city.districts.map((d) => {
    const own = inDistrict(d.key);
    const district = d.name[locale];
    const first = own[0];
    if (!first) return { key: d.key, label: t("budget.areas.mapNone", { district }), level: 0 };
    return {
      key: d.key,
      label: t("budget.areas.mapArea", {
        district,
        areas: own.map((h) => `${h.name} (${money(h.amount, locale)})`).join(", "),
      }),
      href: `#${areaAnchor(first)}`,
      level: 3,
    };
  });
  const cityWide = headings.filter((h) => !h.district).length;
  return (
    <section class="budget-areas" aria-labelledby="budget-areas-title">
      <h2 id="budget-areas-title">{t("budget.facts.headings")}</h2>
      <div class="budget-areas__body">
        {drawn.length > 0 && city.map && (
          <DistrictMap
            city={city}
            id="budget-areas-map"
            size="small"
            title={t("budget.areas.mapTitle", { title: props.budget.title })}
            description={t(cityWide > 0 ? "budget.areas.mapDescriptionCityWide" : "budget.areas.mapDescription", {
              districts: drawn.map((d) => d.name[locale]).join(", "),
            })}
            attribution={city.map.attribution[locale]}
            areas={areas}
          />
        )}
        <ul class="budget-areas__list">
          {headings.map((h) => {
            const district = districtName(city, h.district, locale);
            return (
              <li id={areaAnchor(h)} tabindex={-1}>
                <Written lang={contentLang(props.budget, locale)}>{h.name}</Written>: {money(h.amount, locale)}
                {district !== h.name && (
                  <span class="hint">
                    {" · "}
                    {district ? t("budget.areas.district", { district }) : t("budget.areas.cityWide")}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}
