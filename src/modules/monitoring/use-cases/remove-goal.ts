import { defineUseCase } from "../../../platform/use-case/use-case";
import { changeFieldOf, removeGoalChange, removeGoalInput } from "../domain/proposal-fields";
import { measureResourceOf } from "./measure-access";
import { reviseModel } from "./revise-model";

/**
 * Removes a goal that no indicator shows any more, with the reason: a new version; the model keeps
 * at least one goal. The office or the measure's team.
 */
export const removeGoal = defineUseCase({
  action: "monitoring.model.change",
  input: removeGoalInput,
  resource: measureResourceOf,
  run: (ctx, input) =>
    reviseModel(
      ctx,
      input,
      () => [removeGoalChange(input)],
      (path, message) => changeFieldOf("remove-goal", path, message),
      "monitoring.model.removeGoal",
    ),
});
