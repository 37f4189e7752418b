import { defineUseCase } from "../../../platform/use-case/use-case";
import { changeTargetInput } from "../domain/inputs";
import { measureResourceOf } from "./measure-access";
import { fieldByTable, reviseModel } from "./revise-model";

const fieldOf = fieldByTable({ period: "period", to: "target", indicator: "indicator" }, "target");

/**
 * Sets, changes or removes (empty value) the target of one period of one indicator, with the reason:
 * a new version of the logic model, told in its history. The office or the measure's team.
 */
export const changeTarget = defineUseCase({
  action: "monitoring.model.change",
  input: changeTargetInput,
  resource: measureResourceOf,
  run: (ctx, input) =>
    reviseModel(
      ctx,
      input,
      () => [
        {
          kind: "change-target",
          indicator: input.indicator,
          period: input.period,
          to: input.target,
          reason: input.reason,
        },
      ],
      (path) => fieldOf(path),
      "monitoring.model.changeTarget",
    ),
});
