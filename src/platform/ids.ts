/**
 * The ids of the platform's rows are UUIDs (`gen_random_uuid()`). An id read from an address, a
 * form or a token is checked with `isUuid` before it reaches the database, where a malformed value
 * would be an error instead of "not found". Any UUID in its usual text form counts, in either case;
 * the whole value must be one (no spaces, braces or anything around it).
 */
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

declare const checkedUuid: unique symbol;

/**
 * A string that `isUuid` accepted; it is used wherever a string is. Narrowing to this type rather
 * than to `string` keeps a string that was refused a string (not `never`) after the check.
 */
export type Uuid = string & { readonly [checkedUuid]: true };

/** Whether the value is a UUID in its text form (8-4-4-4-12 hexadecimal digits, either case). */
export function isUuid(value: unknown): value is Uuid {
  return typeof value === "string" && uuidPattern.test(value);
}
