/**
 * An independent check of a panel of volunteer indices against the problem, written without the
 * grouping and counting that the algorithms use, so that it can catch their mistakes.
 * Returns the first violation in words, or null when the panel is valid.
 */
import type { SelectionProblem } from "../../../src/modules/panel/domain/problem";

export function panelViolation(problem: SelectionProblem, members: readonly number[]): string | null {
  if (members.length !== problem.k) return `size ${members.length}, expected ${problem.k}`;
  if (new Set(members).size !== members.length) return "a volunteer sits twice";
  for (const i of members) if (!problem.volunteers[i]) return `no volunteer ${i}`;
  for (let f = 0; f < problem.features.length; f++) {
    const feature = problem.features[f];
    if (!feature) continue;
    for (let v = 0; v < feature.values.length; v++) {
      const value = feature.values[v];
      if (!value) continue;
      const count = members.filter((i) => problem.volunteers[i]?.values[f] === v).length;
      if (count < value.min || count > value.max) {
        return `${feature.name}: ${value.name} has ${count}, quota ${value.min}–${value.max}`;
      }
    }
  }
  if (problem.households) {
    const seen = new Set<string>();
    for (const i of members) {
      const household = problem.volunteers[i]?.household;
      if (!household) continue;
      if (seen.has(household)) return `two members of household ${household}`;
      seen.add(household);
    }
  }
  return null;
}
