import { defineUseCase } from "../../../platform/use-case/use-case";
import { addIndicatorInput } from "../domain/inputs";
import { frequencyOf } from "../domain/periods";
import { measureResourceOf } from "./measure-access";
import { fieldByTable, reviseModel } from "./revise-model";

const periodMessages = new Set([
  "monitoring.errors.periodInvalid",
  "monitoring.errors.periodNotOfFrequency",
  "monitoring.errors.targetInPast",
]);
const fieldOf = fieldByTable(
  { "use.indicator": "indicator", indicator: "indicator", "use.goal": "goal", "use.baseline": "baselineValue" },
  "form",
);

/**
 * Adds a definition of the catalogue to the measure's logic model, showing one of its goals, with
 * a baseline and a first target if known: a new version. The office or the measure's team.
 */
export const addIndicator = defineUseCase({
  action: "monitoring.model.change",
  input: addIndicatorInput,
  resource: measureResourceOf,
  run: (ctx, input) => {
    const baseline =
      input.baselineValue !== null && input.baselineDate !== null
        ? { value: input.baselineValue, date: input.baselineDate }
        : null;
    const targets =
      input.targetPeriod !== null && input.targetValue !== null ? { [input.targetPeriod]: input.targetValue } : {};
    return reviseModel(
      ctx,
      input,
      () => [
        {
          kind: "add-indicator",
          use: {
            indicator: input.indicator,
            goal: input.goal,
            baseline,
            targets,
            targetNote: null,
            responsibleAccountId: null,
          },
          reason: input.reason,
        },
      ],
      (path, message) => {
        if (/\.use\.baseline/.test(path)) {
          return message === "monitoring.errors.baselineValue" || message === "monitoring.errors.yesNoValue"
            ? "baselineValue"
            : "baselineDate";
        }
        if (/\.use\.targets/.test(path)) {
          return periodMessages.has(message) || frequencyOf(input.targetPeriod ?? "") === null
            ? "targetPeriod"
            : "targetValue";
        }
        return fieldOf(path);
      },
      "monitoring.model.addIndicator",
    );
  },
});
