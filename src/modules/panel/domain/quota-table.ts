import { parse } from "csv-parse/sync";
import { PanelInputError } from "./errors";
import type { PanelFeature } from "./panel";
import { parseQuotas } from "./parse-quotas";

/**
 * Reads the quotas from CSV text in either format the selection core accepts
 * (`feature,value,min,max` or `category,feature,min,max`), plus an optional `population_share`
 * column (percent or 0–1) shown beside the quotas. A bad file throws a PanelInputError naming the cell.
 */
export function readQuotaTable(text: string, size: number): PanelFeature[] {
  const parsed = parseQuotas(text, "quotas.csv");
  const records = parse(text, {
    bom: true,
    columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()),
    skip_empty_lines: true,
  }) as Array<Record<string, string>>;
  const featureColumn = parsed.format === "replication" ? "category" : "feature";
  const valueColumn = parsed.format === "replication" ? "feature" : "value";
  const raws = records.map((record) => (record.population_share ?? "").trim().replace(",", "."));
  const scale = shareScale(raws);
  const shares = new Map<string, number | null>();
  records.forEach((record, index) => {
    const raw = (raws[index] ?? "").replace("%", "").trim();
    let share: number | null = null;
    if (raw) {
      const number = Number(raw);
      if (!Number.isFinite(number) || number < 0 || number > 100) {
        throw new PanelInputError(
          { code: "shareOutOfRange", params: { value: raw } },
          { file: "quotas.csv", row: index + 2, column: "population_share" },
        );
      }
      share = number / scale;
    }
    shares.set(
      `${(record[featureColumn] ?? "").trim().toLowerCase()}\u0000${(record[valueColumn] ?? "").trim().toLowerCase()}`,
      share,
    );
  });
  const features = parsed.features.map((feature) => ({
    name: feature.name,
    values: feature.values.map((value) => ({
      name: value.name,
      min: value.min,
      max: value.max,
      populationShare: shares.get(`${feature.name.toLowerCase()}\u0000${value.name.toLowerCase()}`) ?? null,
    })),
  }));
  for (const feature of features) {
    const sumMin = feature.values.reduce((sum, v) => sum + v.min, 0);
    if (sumMin > size) {
      throw new PanelInputError(
        { code: "minimumsAboveSize", params: { feature: feature.name, sum: sumMin, size } },
        { file: "quotas.csv", column: "min" },
      );
    }
  }
  return features;
}

/**
 * Whether a file's shares are percentages (100) or fractions (1), decided for the whole file: a
 * "%" sign or any share above 1 makes them percentages. Deciding cell by cell read "1" (one
 * percent, e.g. "divers") as a fraction, 100 %.
 */
export function shareScale(raws: readonly string[]): 1 | 100 {
  const percent = raws.some((raw) => raw.includes("%") || Number(raw.replace("%", "").trim()) > 1);
  return percent ? 100 : 1;
}

/**
 * The population share to show beside a quota, or null. Shares of one feature cannot add up to
 * more than the whole population; where they do (a file read before shares were read per file),
 * none of that feature's shares is shown rather than a wrong one.
 */
export function shownShares(feature: PanelFeature): Array<number | null> {
  const sum = feature.values.reduce((total, v) => total + (v.populationShare ?? 0), 0);
  return feature.values.map((v) => (sum > 1.005 ? null : v.populationShare));
}

/** The quotas as CSV text again (Sortition Foundation format), e.g. to prefill the form. */
export function quotaTableText(features: PanelFeature[]): string {
  const lines = ["feature,value,min,max,population_share"];
  for (const f of features) {
    for (const v of f.values) {
      lines.push(
        [
          f.name,
          v.name,
          v.min,
          v.max,
          v.populationShare === null ? "" : Math.round(v.populationShare * 1000) / 10,
        ].join(","),
      );
    }
  }
  return `${lines.join("\n")}\n`;
}

export interface QuotaRow {
  feature: string;
  value: string;
  min: number;
  max: number;
  populationShare: number | null;
  /** Volunteers in the pool with this value. */
  pool: number;
  /** Members of the drawn panel with this value (after the draw). */
  selected: number | null;
}

/** One row per quota, with the pool's counts and, after the draw, the panel's. */
export function quotaRows(
  features: PanelFeature[],
  pool: Record<string, Record<string, number>>,
  selected: Record<string, Record<string, number>> | null,
): QuotaRow[] {
  return features.flatMap((f) => {
    const shares = shownShares(f);
    return f.values.map((v, i) => ({
      feature: f.name,
      value: v.name,
      min: v.min,
      max: v.max,
      populationShare: shares[i] ?? null,
      pool: pool[f.name]?.[v.name] ?? 0,
      selected: selected ? (selected[f.name]?.[v.name] ?? 0) : null,
    }));
  });
}
