/**
 * Ties between projects are broken by project id in ascending *string* order, as the reference
 * implementation does: "11" comes before "2", "A7" before "a1". Ids are compared by UTF-16 code
 * units, which equals code-point order for every id outside the astral planes (all pabulib ids).
 */
export function compareProjectIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
