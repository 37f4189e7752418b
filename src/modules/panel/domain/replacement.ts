/**
 * Who may replace a panel member who drops out: volunteers not on the panel (and not dropped out
 * before) whose swap for the leaving member keeps every quota and the household rule. The draw
 * among them is in `draw.ts`.
 */
import type { Panel, SelectionProblem } from "./problem";

export function eligibleReplacements(
  problem: SelectionProblem,
  panel: Panel,
  leaving: number,
  unavailable: ReadonlySet<number> = new Set(),
): number[] {
  const { features, volunteers } = problem;
  const stay = panel.filter((i) => i !== leaving);
  const counts = features.map((feature) => new Int32Array(feature.values.length));
  for (const i of stay) {
    volunteers[i]?.values.forEach((v, f) => {
      const row = counts[f] as Int32Array;
      row[v] = (row[v] as number) + 1;
    });
  }
  const households = new Set(stay.map((i) => volunteers[i]?.household).filter((h): h is string => !!h));
  const onPanel = new Set(panel);
  const eligible: number[] = [];
  volunteers.forEach((volunteer, i) => {
    if (onPanel.has(i) || unavailable.has(i)) return;
    if (problem.households && volunteer.household && households.has(volunteer.household)) return;
    const fits = features.every((feature, f) => {
      const row = counts[f] as Int32Array;
      return feature.values.every((value, v) => {
        const count = (row[v] as number) + (volunteer.values[f] === v ? 1 : 0);
        return count >= value.min && count <= value.max;
      });
    });
    if (fits) eligible.push(i);
  });
  return eligible;
}
