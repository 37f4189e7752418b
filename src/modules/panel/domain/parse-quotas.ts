/**
 * Quotas in either of the two formats in use, recognised by their header:
 * - replication format (Flanigan et al.): `category,feature,min,max`, where "feature" is the value;
 * - Sortition Foundation format: `feature,value,min,max[,min_flex,max_flex]`.
 */
import { PanelInputError } from "./errors";
import type { Feature, FeatureValue } from "./problem";
import { findColumn, normaliseValue, readTable, requireColumn, type Table } from "./read-table";

export type QuotaFormat = "replication" | "sortition-foundation";

export interface ParsedQuotas {
  readonly format: QuotaFormat;
  readonly features: readonly Feature[];
}

export function parseQuotas(text: string, file = "categories.csv"): ParsedQuotas {
  const table = readTable(text, file);
  const format = detectQuotaFormat(table);
  const featureColumn = requireColumn(table, format === "replication" ? "category" : "feature");
  const valueColumn = requireColumn(table, format === "replication" ? "feature" : "value");
  const minColumn = requireColumn(table, "min");
  const maxColumn = requireColumn(table, "max");
  const minFlexColumn = findColumn(table, "min_flex");
  const maxFlexColumn = findColumn(table, "max_flex");

  const features = new Map<string, { name: string; values: FeatureValue[]; keys: Set<string> }>();
  for (const { row, cells } of table.rows) {
    const cell = (index: number): string => (cells[index] ?? "").trim();
    const at = (index: number) => ({ file, row, column: table.header[index] ?? "" });
    const featureName = cell(featureColumn);
    const valueName = cell(valueColumn);
    if (!featureName) throw new PanelInputError({ code: "featureCellEmpty" }, at(featureColumn));
    if (!valueName) throw new PanelInputError({ code: "valueCellEmpty" }, at(valueColumn));
    const min = wholeNumber(cell(minColumn), at(minColumn));
    const max = wholeNumber(cell(maxColumn), at(maxColumn));
    if (min > max) throw new PanelInputError({ code: "minAboveMax", params: { min, max } }, at(minColumn));
    const minFlex =
      minFlexColumn >= 0 && cell(minFlexColumn) ? wholeNumber(cell(minFlexColumn), at(minFlexColumn)) : undefined;
    const maxFlex =
      maxFlexColumn >= 0 && cell(maxFlexColumn) ? wholeNumber(cell(maxFlexColumn), at(maxFlexColumn)) : undefined;
    if (minFlex !== undefined && minFlex > min) {
      throw new PanelInputError({ code: "minFlexAboveMin", params: { minFlex, min } }, at(minFlexColumn));
    }
    if (maxFlex !== undefined && maxFlex < max) {
      throw new PanelInputError({ code: "maxFlexBelowMax", params: { maxFlex, max } }, at(maxFlexColumn));
    }
    const featureKey = normaliseValue(featureName);
    let feature = features.get(featureKey);
    if (!feature) {
      feature = { name: featureName, values: [], keys: new Set() };
      features.set(featureKey, feature);
    }
    const valueKey = normaliseValue(valueName);
    if (feature.keys.has(valueKey)) {
      throw new PanelInputError(
        { code: "quotaListedTwice", params: { feature: featureName, value: valueName } },
        at(valueColumn),
      );
    }
    feature.keys.add(valueKey);
    feature.values.push({
      name: valueName,
      min,
      max,
      ...(minFlex === undefined ? {} : { minFlex }),
      ...(maxFlex === undefined ? {} : { maxFlex }),
    });
  }
  if (features.size === 0) throw new PanelInputError({ code: "noQuotas" }, { file });
  return { format, features: [...features.values()].map(({ name, values }) => ({ name, values })) };
}

function detectQuotaFormat(table: Table): QuotaFormat {
  if (findColumn(table, "category") >= 0) return "replication";
  if (findColumn(table, "value") >= 0) return "sortition-foundation";
  throw new PanelInputError({ code: "unknownQuotaFormat" }, { file: table.file, row: 1 });
}

function wholeNumber(text: string, at: { file: string; row: number; column: string }): number {
  if (!/^\d+$/.test(text)) throw new PanelInputError({ code: "notWholeNumber", params: { text } }, at);
  return Number(text);
}
