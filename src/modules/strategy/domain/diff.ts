/**
 * Field-level differences between two versions of a record, for the version history: which field
 * changed, what it was before and what it is after. Nested plain objects are compared field by
 * field ("title.en"), lists and other values as a whole.
 */
type FlatRecord = Record<string, unknown>;

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) if (!deepEqual(a[key], b[key])) return false;
    return true;
  }
  return false;
}

/** `{ title: { de, en } }` → `{ "title.de", "title.en" }`; lists stay whole. */
export function flatten(record: Record<string, unknown>, prefix = ""): FlatRecord {
  const flat: FlatRecord = {};
  for (const [key, value] of Object.entries(record)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (isPlainObject(value) && Object.keys(value).length > 0) Object.assign(flat, flatten(value, path));
    else flat[path] = value;
  }
  return flat;
}

/** The inverse of `flatten` for records whose keys contain no dots of their own. */
export function unflatten(flat: FlatRecord): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const [path, value] of Object.entries(flat)) {
    const parts = path.split(".");
    let node = record;
    for (const part of parts.slice(0, -1)) {
      if (!isPlainObject(node[part])) node[part] = {};
      node = node[part] as Record<string, unknown>;
    }
    node[parts[parts.length - 1] as string] = value;
  }
  return record;
}

/** Every field whose value differs, in the order the fields appear (before's order first). A missing field counts as null. */
export function diffRecords(before: FlatRecord, after: FlatRecord): FieldChange[] {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const a = field in before ? before[field] : null;
    const b = field in after ? after[field] : null;
    if (!deepEqual(a, b)) changes.push({ field, before: a, after: b });
  }
  return changes;
}

/** Applies changes to a record (forwards): the record `after` the changes were made. */
export function applyChanges(record: FlatRecord, changes: readonly FieldChange[]): FlatRecord {
  const next = { ...record };
  for (const change of changes) next[change.field] = change.after;
  return next;
}

/** Undoes changes (backwards): the record as it was `before` the changes. */
export function revertChanges(record: FlatRecord, changes: readonly FieldChange[]): FlatRecord {
  const previous = { ...record };
  for (const change of changes) previous[change.field] = change.before;
  return previous;
}

/** The field-level difference between two versions of a nested record. */
export function diff<T extends object>(before: T, after: T): FieldChange[] {
  return diffRecords(flatten(before as Record<string, unknown>), flatten(after as Record<string, unknown>));
}

/**
 * Lays a partial record over a full one: every field the partial gives replaces the field of the
 * base, nested objects field by field, lists as a whole; empty objects in the partial change nothing.
 */
export function overlay<T extends object>(base: T, partial: object): T {
  const top = flatten(partial as Record<string, unknown>);
  const given = Object.fromEntries(
    Object.entries(top).filter(([, v]) => v !== undefined && !(isPlainObject(v) && Object.keys(v).length === 0)),
  );
  return unflatten({ ...flatten(base as Record<string, unknown>), ...given }) as T;
}
