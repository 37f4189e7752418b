/**
 * Structural checks of a selection problem. They run before any algorithm so that every
 * algorithm may assume well-formed input. Whether the quotas can be met at all is a different
 * question, answered by `checkFeasibility`.
 */
import { PanelInputError } from "./errors";
import type { SelectionProblem } from "./problem";

export function validateProblem(problem: SelectionProblem): void {
  const { features, volunteers, k } = problem;
  if (features.length === 0) throw new PanelInputError("there are no features (categories) with quotas");
  const featureNames = new Set<string>();
  for (const feature of features) {
    const key = feature.name.trim().toLowerCase();
    if (!key) throw new PanelInputError("a feature has an empty name");
    if (featureNames.has(key)) throw new PanelInputError(`feature "${feature.name}" is defined twice`);
    featureNames.add(key);
    if (feature.values.length === 0) throw new PanelInputError(`feature "${feature.name}" has no values`);
    const valueNames = new Set<string>();
    for (const value of feature.values) {
      const where = `${feature.name}: ${value.name}`;
      const valueKey = value.name.trim().toLowerCase();
      if (valueNames.has(valueKey)) throw new PanelInputError(`value "${where}" is defined twice`);
      valueNames.add(valueKey);
      for (const [label, bound] of [
        ["min", value.min],
        ["max", value.max],
        ["min_flex", value.minFlex],
        ["max_flex", value.maxFlex],
      ] as const) {
        if (bound !== undefined && (!Number.isInteger(bound) || bound < 0)) {
          throw new PanelInputError(`${label} of "${where}" must be a whole number ≥ 0, not ${bound}`);
        }
      }
      if (value.min > value.max) {
        throw new PanelInputError(`min ${value.min} of "${where}" is larger than its max ${value.max}`);
      }
      if (value.minFlex !== undefined && value.minFlex > value.min) {
        throw new PanelInputError(`min_flex ${value.minFlex} of "${where}" is larger than its min ${value.min}`);
      }
      if (value.maxFlex !== undefined && value.maxFlex < value.max) {
        throw new PanelInputError(`max_flex ${value.maxFlex} of "${where}" is smaller than its max ${value.max}`);
      }
    }
  }
  if (!Number.isInteger(k) || k < 1) throw new PanelInputError(`the panel size k must be a whole number ≥ 1, not ${k}`);
  if (k > volunteers.length) {
    throw new PanelInputError(`the panel size k = ${k} is larger than the pool (${volunteers.length} volunteers)`);
  }
  const ids = new Set<string>();
  for (const volunteer of volunteers) {
    if (!volunteer.id) throw new PanelInputError("a volunteer has an empty id");
    if (ids.has(volunteer.id)) throw new PanelInputError(`volunteer id "${volunteer.id}" occurs twice`);
    ids.add(volunteer.id);
    if (volunteer.values.length !== features.length) {
      throw new PanelInputError(
        `volunteer "${volunteer.id}" has ${volunteer.values.length} feature values, expected ${features.length}`,
      );
    }
    volunteer.values.forEach((value, f) => {
      const feature = features[f];
      if (!feature || !Number.isInteger(value) || value < 0 || value >= feature.values.length) {
        throw new PanelInputError(`volunteer "${volunteer.id}" has no valid value for feature "${feature?.name}"`);
      }
    });
  }
}
