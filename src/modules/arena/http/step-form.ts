import type { FieldIssue } from "../../../platform/errors/errors";

/** The fields of an entry's form that are groups of boxes, sent as one value per ticked box. */
const listFields = ["actionFieldIds", "districtIds", "offers", "needs"] as const;

/** A mistake in one of several ticked values ("offers.1") belongs to its group of boxes. */
export function groupIssues(issues: readonly FieldIssue[]): FieldIssue[] {
  return issues.map((issue) => {
    const base = issue.path.split(".")[0] ?? "";
    return (listFields as readonly string[]).includes(base) ? { ...issue, path: base } : issue;
  });
}

/** The ticked boxes of a sent form, to show them ticked again with its mistakes. */
export function sentLists(body: Record<string, unknown>): Record<string, string[]> {
  return Object.fromEntries(listFields.map((name) => [name, [body[name] ?? []].flat().map(String)]));
}
