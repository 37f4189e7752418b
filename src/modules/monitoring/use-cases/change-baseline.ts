import { defineUseCase } from "../../../platform/use-case/use-case";
import { baselineChange, changeBaselineInput, changeFieldOf } from "../domain/proposal-fields";
import { measureResourceOf } from "./measure-access";
import { reviseModel } from "./revise-model";

/**
 * Sets, changes or removes (both fields empty) the starting value of one indicator, with the
 * reason: a new version of the logic model, told in its history. The office or the measure's team.
 */
export const changeBaseline = defineUseCase({
  action: "monitoring.model.change",
  input: changeBaselineInput,
  resource: measureResourceOf,
  run: (ctx, input) =>
    reviseModel(
      ctx,
      input,
      () => [baselineChange(input)],
      (path, message) => changeFieldOf("change-baseline", path, message),
      "monitoring.model.changeBaseline",
    ),
});
