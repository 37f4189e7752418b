import type { z } from "zod";
import { defineUseCase } from "../../../platform/use-case/use-case";
import type { ProposedChange } from "../domain/logic-model";
import {
  addGoalInput,
  baselineChange,
  changeBaselineInput,
  changeFieldOf,
  changeGoalTextInput,
  goalTextChange,
  newGoalChange,
  type ProposalKind,
  removeGoalChange,
  removeGoalInput,
  removeIndicatorChange,
  removeIndicatorInput,
} from "../domain/proposal-fields";
import { measureResourceOf } from "./measure-access";
import { reviseModel } from "./revise-model";

type ModelForm = z.ZodType<{ slug: string; version: number; reason: string }>;

/**
 * A form of the team's panel outside a review round that makes one change of the logic model, read
 * as a review report reads the same kind (`domain/proposal-fields.ts`): a new version with the
 * reason, told in its history, or the domain's refusal at the form's field. The office or the
 * measure's team; the permission is checked before a field is read.
 */
function oneChange<S extends ModelForm>(
  kind: ProposalKind,
  input: S,
  change: (fields: z.output<S>) => ProposedChange,
  audit: string,
) {
  return defineUseCase({
    action: "monitoring.model.change",
    input,
    // The schema is generic here; every form of the panel names its measure by the address's slug.
    resource: (raw) => measureResourceOf(raw as { slug?: unknown }),
    run: (ctx, fields: z.output<S>) =>
      reviseModel(
        ctx,
        fields,
        () => [change(fields)],
        (path, message) => changeFieldOf(kind, path, message),
        audit,
      ),
  });
}

/** Rewords one goal (an output, an outcome, an impact or a milestone). */
export const changeGoalText = oneChange(
  "change-goal-text",
  changeGoalTextInput,
  goalTextChange,
  "monitoring.model.changeGoalText",
);

/** Sets, changes or removes (both fields empty) the starting value of one indicator. */
export const changeBaseline = oneChange(
  "change-baseline",
  changeBaselineInput,
  baselineChange,
  "monitoring.model.changeBaseline",
);

/**
 * Takes an indicator out of the model. Its values stay stored (the open data keeps them, and they
 * show again if it is added back); its automatic source stops, as the job finds the indicator gone.
 */
export const removeIndicator = oneChange(
  "remove-indicator",
  removeIndicatorInput,
  removeIndicatorChange,
  "monitoring.model.removeIndicator",
);

/** Adds a goal: an input, output, outcome or impact, or a milestone of one of the strategy's phases. */
export const addGoal = oneChange("add-goal", addGoalInput, newGoalChange, "monitoring.model.addGoal");

/** Removes a goal no indicator shows any more; the model keeps at least one goal. */
export const removeGoal = oneChange("remove-goal", removeGoalInput, removeGoalChange, "monitoring.model.removeGoal");
