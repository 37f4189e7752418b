import type { Locale } from "../i18n/i18n";

/**
 * The city the platform runs for, as the city supplies it in its city file (see
 * `src/platform/city/city-file.ts`): its name, its time zone, its districts with their names and
 * shapes, and the groups of people who shape the strategy. Berlin is the demo shipped with the
 * platform. Everything here is plain data: code that needs a district or the city's day receives the
 * city (or its zone), never a fixed list or a fixed zone.
 */
export interface City {
  name: Record<Locale, string>;
  /**
   * The city's IANA time zone ("Europe/Berlin"): its calendar days, deadlines and the times pages
   * show count in it (`city-time.ts`).
   */
  timeZone: string;
  districts: readonly District[];
  stakeholderGroups: readonly StakeholderGroup[];
  /** The districts' shapes for maps; null when the city supplies none (pages then show tables only). */
  map: CityMap | null;
}

export interface District {
  /** Stable identifier stored in the database and used in addresses: lower case, digits, hyphens. */
  key: string;
  name: Record<Locale, string>;
}

export interface StakeholderGroup {
  key: string;
  name: Record<Locale, string>;
}

/** The districts' outlines as a TopoJSON topology with one geometry per district. */
export interface CityMap {
  /** A TopoJSON topology (checked when the file is read). */
  topology: unknown;
  /** The object of the topology that holds the districts. */
  object: string;
  /** For each district key, the index of its geometry in that object. */
  geometryIndex: Readonly<Record<string, number>>;
  /** Who made the outlines and under which licence; shown under every map. */
  attribution: Record<Locale, string>;
}

/**
 * The time zone of a city file that names none: Berlin's, in which the platform counted every day
 * before the city file named a zone, so a city file written before then keeps its days.
 */
export const defaultTimeZone = "Europe/Berlin";

/** The shape of a key (district or group): what addresses and the database hold. */
export const cityKeyPattern = /^[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?$/;

/** The city's district keys, in the city's order (a city has at least one district). */
export function districtKeysOf(city: City): [string, ...string[]] {
  return city.districts.map((d) => d.key) as [string, ...string[]];
}

export function isDistrictKey(city: City, value: unknown): value is string {
  return typeof value === "string" && city.districts.some((d) => d.key === value);
}

export function findDistrict(city: City, key: string | null | undefined): District | undefined {
  return city.districts.find((d) => d.key === key);
}

/** The district's name in the given language, or null for an unknown key. */
export function districtName(city: City, key: string | null | undefined, locale: Locale): string | null {
  return findDistrict(city, key)?.name[locale] ?? null;
}

export function stakeholderGroupKeysOf(city: City): [string, ...string[]] {
  return city.stakeholderGroups.map((g) => g.key) as [string, ...string[]];
}

export function isStakeholderGroupKey(city: City, value: unknown): value is string {
  return typeof value === "string" && city.stakeholderGroups.some((g) => g.key === value);
}

/** The group's name in the given language, or null for an unknown key. */
export function stakeholderGroupName(city: City, key: string | null | undefined, locale: Locale): string | null {
  return city.stakeholderGroups.find((g) => g.key === key)?.name[locale] ?? null;
}

/** Options for a choice of district, in the city's order. */
export function districtOptions(city: City, locale: Locale): Array<{ value: string; label: string }> {
  return city.districts.map((d) => ({ value: d.key, label: d.name[locale] }));
}

/** Options for a choice of stakeholder group. */
export function stakeholderGroupOptions(city: City, locale: Locale): Array<{ value: string; label: string }> {
  return city.stakeholderGroups.map((g) => ({ value: g.key, label: g.name[locale] }));
}

/**
 * The district an organisation belongs to, read from its name: a district office is named after its
 * district ("Bezirksamt Neukölln"). The longest district name found as a whole word wins (so
 * "Mitte" does not match inside "Mittelstand", and a longer name beats a shorter one it contains).
 */
export function districtOfOrganisationName(city: City, names: readonly string[]): string | null {
  let best: { key: string; length: number } | null = null;
  for (const d of city.districts) {
    for (const districtLabel of new Set([d.name.de, d.name.en])) {
      if (!districtLabel) continue;
      if (!names.some((n) => containsWord(n, districtLabel))) continue;
      if (!best || districtLabel.length > best.length) best = { key: d.key, length: districtLabel.length };
    }
  }
  return best?.key ?? null;
}

function containsWord(text: string, word: string): boolean {
  const haystack = text.toLocaleLowerCase("de");
  const needle = word.toLocaleLowerCase("de");
  let from = 0;
  for (;;) {
    const at = haystack.indexOf(needle, from);
    if (at < 0) return false;
    const before = at === 0 ? "" : haystack[at - 1];
    const after = haystack[at + needle.length] ?? "";
    if (!isLetter(before) && !isLetter(after)) return true;
    from = at + 1;
  }
}

const isLetter = (ch: string | undefined) => !!ch && /[\p{L}\p{N}]/u.test(ch);

/**
 * The groups of the city's "helix" that shape the strategy together: public sector, business,
 * science, civil society, and the residents (including groups that are seldom heard). A city file
 * that names no groups gets these.
 */
export const defaultStakeholderGroups: readonly StakeholderGroup[] = [
  { key: "state", name: { de: "Verwaltung und Politik", en: "Public administration and politics" } },
  { key: "business", name: { de: "Wirtschaft", en: "Business" } },
  { key: "science", name: { de: "Wissenschaft", en: "Science and research" } },
  { key: "civil_society", name: { de: "Zivilgesellschaft", en: "Civil society" } },
  { key: "resident", name: { de: "Stadtgesellschaft (Bewohner:innen)", en: "Residents" } },
];
