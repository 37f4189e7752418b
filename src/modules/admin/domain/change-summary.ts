/**
 * Turns the before/after summary of an audit entry into rows a person can read: one row per field
 * that changed, with both values as text. Pure; the view translates field names and empty values.
 */
export interface ChangeRow {
  /** The field's key; "" when before/after are plain values rather than objects. */
  field: string;
  /** null when the field was empty (not set, null or an empty list). */
  before: string | null;
  after: string | null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A value as one line of text; null for "nothing". */
function formatValue(value: unknown): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (Array.isArray(value)) {
    const parts = value.map(formatValue).filter((v): v is string => v !== null);
    return parts.length > 0 ? parts.join(", ") : null;
  }
  if (isRecord(value)) {
    const parts = Object.entries(value)
      .map(([key, inner]) => [key, formatValue(inner)] as const)
      .filter(([, inner]) => inner !== null)
      .map(([key, inner]) => `${key}: ${inner}`);
    return parts.length > 0 ? parts.join("; ") : null;
  }
  return String(value);
}

export function summarizeChange(before: unknown, after: unknown): ChangeRow[] {
  const beforeIsRecord = isRecord(before) || before === null || before === undefined;
  const afterIsRecord = isRecord(after) || after === null || after === undefined;
  if (!beforeIsRecord || !afterIsRecord) {
    const row = { field: "", before: formatValue(before), after: formatValue(after) };
    return row.before === row.after ? [] : [row];
  }
  const left = isRecord(before) ? before : {};
  const right = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(left), ...Object.keys(right)])];
  const rows: ChangeRow[] = [];
  for (const field of fields) {
    const row = { field, before: formatValue(left[field]), after: formatValue(right[field]) };
    if (row.before !== row.after) rows.push(row);
  }
  return rows;
}

/** The fields whose value changed, with both raw values (for a view that labels them itself). */
export function changedValues(before: unknown, after: unknown): { field: string; before: unknown; after: unknown }[] {
  const beforeIsRecord = isRecord(before) || before === null || before === undefined;
  const afterIsRecord = isRecord(after) || after === null || after === undefined;
  if (!beforeIsRecord || !afterIsRecord)
    return formatValue(before) === formatValue(after) ? [] : [{ field: "", before, after }];
  const left = isRecord(before) ? before : {};
  const right = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(left), ...Object.keys(right)])];
  return fields
    .filter((field) => formatValue(left[field]) !== formatValue(right[field]))
    .map((field) => ({ field, before: left[field], after: right[field] }));
}
