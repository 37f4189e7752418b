import type { Locale } from "../i18n/i18n";

/**
 * Berlin's twelve districts (Bezirke), in the order of their official numbers 01–12. Keys are stable
 * identifiers stored in the database; names are shown to people. Source: Berlin's
 * Bezirksverwaltungsgesetz §1 and the Amt für Statistik Berlin-Brandenburg (district numbers).
 */
export const berlinDistricts = [
  { key: "mitte", number: 1, name: { de: "Mitte", en: "Mitte" } },
  {
    key: "friedrichshain-kreuzberg",
    number: 2,
    name: { de: "Friedrichshain-Kreuzberg", en: "Friedrichshain-Kreuzberg" },
  },
  { key: "pankow", number: 3, name: { de: "Pankow", en: "Pankow" } },
  {
    key: "charlottenburg-wilmersdorf",
    number: 4,
    name: { de: "Charlottenburg-Wilmersdorf", en: "Charlottenburg-Wilmersdorf" },
  },
  { key: "spandau", number: 5, name: { de: "Spandau", en: "Spandau" } },
  { key: "steglitz-zehlendorf", number: 6, name: { de: "Steglitz-Zehlendorf", en: "Steglitz-Zehlendorf" } },
  { key: "tempelhof-schoeneberg", number: 7, name: { de: "Tempelhof-Schöneberg", en: "Tempelhof-Schöneberg" } },
  { key: "neukoelln", number: 8, name: { de: "Neukölln", en: "Neukölln" } },
  { key: "treptow-koepenick", number: 9, name: { de: "Treptow-Köpenick", en: "Treptow-Köpenick" } },
  { key: "marzahn-hellersdorf", number: 10, name: { de: "Marzahn-Hellersdorf", en: "Marzahn-Hellersdorf" } },
  { key: "lichtenberg", number: 11, name: { de: "Lichtenberg", en: "Lichtenberg" } },
  { key: "reinickendorf", number: 12, name: { de: "Reinickendorf", en: "Reinickendorf" } },
] as const satisfies ReadonlyArray<{ key: string; number: number; name: Record<Locale, string> }>;

export type DistrictKey = (typeof berlinDistricts)[number]["key"];
export const districtKeys = berlinDistricts.map((d) => d.key) as [DistrictKey, ...DistrictKey[]];

export function isDistrictKey(value: unknown): value is DistrictKey {
  return typeof value === "string" && (districtKeys as readonly string[]).includes(value);
}

/** The district's name in the given language, or null for an unknown key. */
export function districtName(key: string | null | undefined, locale: Locale): string | null {
  const district = berlinDistricts.find((d) => d.key === key);
  return district ? district.name[locale] : null;
}
