import { defineUseCase } from "../../../platform/use-case/use-case";
import { addGoalInput, changeFieldOf, newGoalChange } from "../domain/proposal-fields";
import { measureResourceOf } from "./measure-access";
import { reviseModel } from "./revise-model";

/**
 * Adds a goal to the logic model (an input, output, outcome or impact, or a milestone of one of the
 * strategy's implementation phases), with the reason: a new version. The office or the measure's team.
 */
export const addGoal = defineUseCase({
  action: "monitoring.model.change",
  input: addGoalInput,
  resource: measureResourceOf,
  run: (ctx, input) =>
    reviseModel(
      ctx,
      input,
      () => [newGoalChange(input)],
      (path, message) => changeFieldOf("add-goal", path, message),
      "monitoring.model.addGoal",
    ),
});
