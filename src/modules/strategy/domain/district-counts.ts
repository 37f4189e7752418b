import { type City, districtOfOrganisationName } from "../../../platform/reference-data";

/** What counting needs of a measure: where it takes place and who is responsible for it. */
export interface MeasurePlace {
  slug: string;
  title: { de: string; en: string };
  districtIds: readonly string[];
  cityWide: boolean;
  /** The responsible organisation's names (German, English), or null when none is named. */
  responsible: readonly string[] | null;
}

export interface DistrictCount {
  key: string;
  /** Measures that take place in the district. */
  byPlace: number;
  /** Measures whose responsible organisation is the district's office (read from its name). */
  byOffice: number;
  /** Measures counted by either (each once). */
  total: number;
}

/**
 * Counts the measures of each district of the city in two ways: by place (the measure names the
 * district) and by the responsible organisation's district (a district office, recognised by the
 * district's name in the organisation's name). A measure counted both ways counts once in the total.
 */
export function countMeasuresByDistrict(
  city: City,
  measures: readonly MeasurePlace[],
): { districts: DistrictCount[]; cityWide: number } {
  const counts = new Map(city.districts.map((d) => [d.key, { key: d.key, byPlace: 0, byOffice: 0, total: 0 }]));
  let cityWide = 0;
  for (const m of measures) {
    if (m.cityWide) cityWide++;
    const office = m.responsible ? districtOfOrganisationName(city, m.responsible) : null;
    const places = new Set(m.districtIds);
    for (const key of places) {
      const c = counts.get(key);
      if (c) c.byPlace++;
    }
    const officeCount = office ? counts.get(office) : undefined;
    if (officeCount) officeCount.byOffice++;
    for (const key of new Set([...places, ...(office ? [office] : [])])) {
      const c = counts.get(key);
      if (c) c.total++;
    }
  }
  return { districts: [...counts.values()], cityWide };
}

/** The measures whose responsible organisation is the district's office but that do not name the district as place. */
export function measuresOfDistrictOffice(city: City, key: string, measures: readonly MeasurePlace[]): MeasurePlace[] {
  return measures.filter(
    (m) => !m.districtIds.includes(key) && !!m.responsible && districtOfOrganisationName(city, m.responsible) === key,
  );
}
