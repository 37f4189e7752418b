import type { District } from "../../../platform/reference-data";
import type { QuotaRow } from "./quota-table";

/** One district's quota, with the share the map shades it by (0–1) and its shade (0 to 4). */
export interface DistrictQuota extends QuotaRow {
  /** The city's key of the district this quota's value names. */
  district: string;
  share: number;
  level: number;
}

/**
 * The panel's quotas by district, for a map: the first feature whose values are all districts of
 * the city. The map is shaded by the population share when every district of the feature has one,
 * otherwise by the middle of its quota range as a share of the panel's seats.
 */
export interface DistrictQuotaMap {
  feature: string;
  basis: "population" | "range";
  areas: DistrictQuota[];
  /** The district with the smallest share and the one with the largest (for the map's description). */
  smallest: DistrictQuota;
  largest: DistrictQuota;
}

/** Case, spaces and dashes do not count: "friedrichshain kreuzberg" is "Friedrichshain-Kreuzberg". */
function normal(text: string): string {
  return text
    .normalize("NFC")
    .trim()
    .toLocaleLowerCase("de")
    .replace(/[\s_\u2010-\u2015-]+/g, "-");
}

/**
 * 1 (smallest share) to 4 (largest), in even steps between the two, so the map shows how the
 * districts differ even when all of them hold between 6 and 11 percent; 0 for a share of nothing.
 */
function shade(share: number, smallest: number, largest: number): number {
  if (share <= 0) return 0;
  const low = Math.max(smallest, 0);
  if (largest - low < 1e-9) return 2;
  return 1 + Math.round((3 * (share - low)) / (largest - low));
}

/**
 * Finds a feature of the quota table whose values are the city's districts, each named by its key
 * or its name in either language, each district once; null when there is none. A feature of one
 * value is no map.
 */
export function districtQuotas(
  rows: readonly QuotaRow[],
  districts: readonly District[],
  size: number,
): DistrictQuotaMap | null {
  const index = new Map<string, string>();
  for (const d of districts) for (const name of [d.key, d.name.de, d.name.en]) index.set(normal(name), d.key);
  const features = [...new Set(rows.map((r) => r.feature))];
  for (const feature of features) {
    const values = rows.filter((r) => r.feature === feature);
    if (values.length < 2) continue;
    const keys = values.map((r) => index.get(normal(r.value)));
    if (keys.some((k) => k === undefined) || new Set(keys).size !== keys.length) continue;
    const basis = values.every((r) => r.populationShare !== null) ? "population" : "range";
    const shares = values.map((r) =>
      basis === "population" ? (r.populationShare as number) : size > 0 ? (r.min + r.max) / 2 / size : 0,
    );
    const positive = shares.filter((s) => s > 0);
    const low = positive.length > 0 ? Math.min(...positive) : 0;
    const high = Math.max(0, ...shares);
    const areas = values.map((r, i) => {
      const share = shares[i] as number;
      return { ...r, district: keys[i] as string, share, level: shade(share, low, high) };
    });
    const smallest = areas.reduce((a, b) => (b.share < a.share ? b : a));
    const largest = areas.reduce((a, b) => (b.share > a.share ? b : a));
    return { feature, basis, areas, smallest, largest };
  }
  return null;
}
