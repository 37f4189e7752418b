/**
 * The pool of volunteers: one row per person, one column per feature holding the person's value.
 * - id: the column `id` or `nationbuilder_id` (Sortition Foundation); without one, the 0-based
 *   index of the data row is the id, as in the replication data.
 * - household: optional column `household`; people with the same non-empty value share one.
 * Every other column (names, addresses, contact details) is ignored and not kept: the selection
 * needs features only, and nothing personal should outlive the draw.
 */
import { PanelInputError } from "./errors";
import type { Feature, Volunteer } from "./problem";
import { findColumn, normaliseValue, readTable } from "./read-table";

const ID_COLUMNS = ["id", "nationbuilder_id"] as const;

export function parsePool(text: string, features: readonly Feature[], file = "respondents.csv"): Volunteer[] {
  const table = readTable(text, file);
  const featureColumns = features.map((feature) => {
    const index = findColumn(table, feature.name);
    if (index < 0) {
      throw new PanelInputError(
        { code: "missingFeatureColumn", params: { feature: feature.name } },
        { file, row: 1, column: feature.name },
      );
    }
    return index;
  });
  const valueIndex = features.map(
    (feature) => new Map(feature.values.map((value, v) => [normaliseValue(value.name), v] as const)),
  );
  const idColumn = ID_COLUMNS.map((name) => findColumn(table, name)).find((index) => index >= 0) ?? -1;
  const householdColumn = findColumn(table, "household");

  const firstRowOfId = new Map<string, number>();
  return table.rows.map(({ row, cells }, dataIndex) => {
    const at = (index: number) => ({ file, row, column: table.header[index] ?? "" });
    const id = idColumn >= 0 ? (cells[idColumn] ?? "").trim() : String(dataIndex);
    if (!id) throw new PanelInputError({ code: "idEmpty" }, at(idColumn));
    const earlier = firstRowOfId.get(id);
    if (earlier !== undefined) {
      throw new PanelInputError({ code: "idTwice", params: { id, firstRow: earlier } }, at(idColumn));
    }
    firstRowOfId.set(id, row);
    const values = featureColumns.map((column, f) => {
      const raw = cells[column] ?? "";
      const v = valueIndex[f]?.get(normaliseValue(raw));
      if (v === undefined) {
        const known = features[f]?.values.map((value) => value.name).join(", ") ?? "";
        throw new PanelInputError(
          { code: "unknownValue", params: { value: raw.trim(), feature: features[f]?.name ?? "", known } },
          at(column),
        );
      }
      return v;
    });
    const household = householdColumn >= 0 ? (cells[householdColumn] ?? "").trim() : "";
    return household ? { id, values, household } : { id, values };
  });
}
