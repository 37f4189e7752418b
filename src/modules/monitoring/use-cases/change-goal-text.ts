import { defineUseCase } from "../../../platform/use-case/use-case";
import { changeFieldOf, changeGoalTextInput, goalTextChange } from "../domain/proposal-fields";
import { measureResourceOf } from "./measure-access";
import { reviseModel } from "./revise-model";

/**
 * Rewords one goal of the logic model (an output, an outcome, an impact or a milestone), with the
 * reason: a new version, told in its history. The office or the measure's team.
 */
export const changeGoalText = defineUseCase({
  action: "monitoring.model.change",
  input: changeGoalTextInput,
  resource: measureResourceOf,
  run: (ctx, input) =>
    reviseModel(
      ctx,
      input,
      () => [goalTextChange(input)],
      (path, message) => changeFieldOf("change-goal-text", path, message),
      "monitoring.model.changeGoalText",
    ),
});
