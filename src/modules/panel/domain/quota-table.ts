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
  const shares = new Map<string, number | null>();
  records.forEach((record, index) => {
    const raw = (record.population_share ?? "").trim().replace(",", ".").replace("%", "");
    let share: number | null = null;
    if (raw) {
      const number = Number(raw);
      if (!Number.isFinite(number) || number < 0 || number > 100) {
        throw new PanelInputError(
          { code: "shareOutOfRange", params: { value: raw } },
          { file: "quotas.csv", row: index + 2, column: "population_share" },
        );
      }
      share = number > 1 ? number / 100 : number;
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
  return features.flatMap((f) =>
    f.values.map((v) => ({
      feature: f.name,
      value: v.name,
      min: v.min,
      max: v.max,
      populationShare: v.populationShare,
      pool: pool[f.name]?.[v.name] ?? 0,
      selected: selected ? (selected[f.name]?.[v.name] ?? 0) : null,
    })),
  );
}
