import type { PanelFeature } from "./panel";
import type { SelectionProblem } from "./problem";

/**
 * The selection problem of a panel as the selection core sees it: pseudonyms and answers only,
 * no contact data. The selection job and the replacement draw build it the same way, so a
 * replacement keeps exactly the quotas the lottery was drawn under.
 */
export function selectionProblem(
  panel: { readonly features: readonly PanelFeature[]; readonly size: number },
  pool: ReadonlyArray<{ pseudonym: string; features: Record<string, string> }>,
): SelectionProblem {
  return {
    features: panel.features.map((f) => ({
      name: f.name,
      values: f.values.map((v) => ({ name: v.name, min: v.min, max: v.max })),
    })),
    volunteers: pool.map((v) => ({
      id: v.pseudonym,
      values: panel.features.map((f) => f.values.findIndex((value) => value.name === v.features[f.name])),
    })),
    k: panel.size,
    households: false,
  };
}
