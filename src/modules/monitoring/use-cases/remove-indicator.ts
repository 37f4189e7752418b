import { defineUseCase } from "../../../platform/use-case/use-case";
import { changeFieldOf, removeIndicatorChange, removeIndicatorInput } from "../domain/proposal-fields";
import { measureResourceOf } from "./measure-access";
import { reviseModel } from "./revise-model";

/**
 * Takes an indicator out of the logic model, with the reason: a new version, told in its history.
 * Its values stay stored (the open data keeps them, and they show again if it is added back); an
 * automatic source of it stops, as its job finds the indicator gone. The office or the measure's team.
 */
export const removeIndicator = defineUseCase({
  action: "monitoring.model.change",
  input: removeIndicatorInput,
  resource: measureResourceOf,
  run: (ctx, input) =>
    reviseModel(
      ctx,
      input,
      () => [removeIndicatorChange(input)],
      (path, message) => changeFieldOf("remove-indicator", path, message),
      "monitoring.model.removeIndicator",
    ),
});
