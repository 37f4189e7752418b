/**
 * Structural checks of a selection problem. They run before any algorithm so that every
 * algorithm may assume well-formed input. Whether the quotas can be met at all is a different
 * question, answered by `checkFeasibility`.
 */
import { PanelInputError } from "./errors";
import type { SelectionProblem } from "./problem";

export function validateProblem(problem: SelectionProblem): void {
  const { features, volunteers, k } = problem;
  if (features.length === 0) throw new PanelInputError({ code: "noFeatures" });
  const featureNames = new Set<string>();
  for (const feature of features) {
    const key = feature.name.trim().toLowerCase();
    if (!key) throw new PanelInputError({ code: "featureNameEmpty" });
    if (featureNames.has(key)) throw new PanelInputError({ code: "featureTwice", params: { feature: feature.name } });
    featureNames.add(key);
    if (feature.values.length === 0) {
      throw new PanelInputError({ code: "featureWithoutValues", params: { feature: feature.name } });
    }
    const valueNames = new Set<string>();
    for (const value of feature.values) {
      const where = { feature: feature.name, value: value.name };
      const valueKey = value.name.trim().toLowerCase();
      if (valueNames.has(valueKey)) throw new PanelInputError({ code: "valueTwice", params: where });
      valueNames.add(valueKey);
      for (const [label, bound] of [
        ["min", value.min],
        ["max", value.max],
        ["min_flex", value.minFlex],
        ["max_flex", value.maxFlex],
      ] as const) {
        if (bound !== undefined && (!Number.isInteger(bound) || bound < 0)) {
          throw new PanelInputError({
            code: "boundInvalid",
            params: { bound: label, ...where, number: String(bound) },
          });
        }
      }
      if (value.min > value.max) {
        throw new PanelInputError({ code: "quotaMinAboveMax", params: { ...where, min: value.min, max: value.max } });
      }
      if (value.minFlex !== undefined && value.minFlex > value.min) {
        throw new PanelInputError({
          code: "quotaMinFlexAboveMin",
          params: { ...where, minFlex: value.minFlex, min: value.min },
        });
      }
      if (value.maxFlex !== undefined && value.maxFlex < value.max) {
        throw new PanelInputError({
          code: "quotaMaxFlexBelowMax",
          params: { ...where, maxFlex: value.maxFlex, max: value.max },
        });
      }
    }
  }
  if (!Number.isInteger(k) || k < 1) {
    throw new PanelInputError({ code: "panelSizeInvalid", params: { k: String(k) } });
  }
  if (k > volunteers.length) {
    throw new PanelInputError({ code: "panelSizeAbovePool", params: { k, pool: volunteers.length } });
  }
  const ids = new Set<string>();
  for (const volunteer of volunteers) {
    if (!volunteer.id) throw new PanelInputError({ code: "volunteerIdEmpty" });
    if (ids.has(volunteer.id)) {
      throw new PanelInputError({ code: "volunteerIdTwice", params: { id: volunteer.id } });
    }
    ids.add(volunteer.id);
    if (volunteer.values.length !== features.length) {
      throw new PanelInputError({
        code: "volunteerValueCount",
        params: { id: volunteer.id, count: volunteer.values.length, expected: features.length },
      });
    }
    volunteer.values.forEach((value, f) => {
      const feature = features[f];
      if (!feature || !Number.isInteger(value) || value < 0 || value >= feature.values.length) {
        throw new PanelInputError({
          code: "volunteerValueInvalid",
          params: { id: volunteer.id, feature: String(feature?.name) },
        });
      }
    });
  }
}
