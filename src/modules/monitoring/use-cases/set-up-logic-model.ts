import { defineUseCase } from "../../../platform/use-case/use-case";
import { currentModel, insertModelVersion } from "../data/models";
import { setUpModelInput } from "../domain/inputs";
import { createLogicModel, type Goal } from "../domain/logic-model";
import { accountOf, measureOf, measureResourceOf, refused } from "./measure-access";

/** The measure's stated goals as the model's first goals: one per level that has a text. */
function goalsOf(goals: Record<"output" | "outcome" | "impact", { de: string; en: string }>): Goal[] {
  return (["output", "outcome", "impact"] as const).flatMap((level) => {
    const de = goals[level].de.trim() || goals[level].en.trim();
    const en = goals[level].en.trim() || de;
    return de.length >= 3 ? [{ id: level, level, phaseId: null, text: { de, en } }] : [];
  });
}

/**
 * Sets up a measure's logic model, version 1, from the goals the measure states (output, outcome,
 * impact): the office or the measure's team. Indicators are added afterwards, each as a new version.
 */
export const setUpLogicModel = defineUseCase({
  action: "monitoring.model.change",
  input: setUpModelInput,
  resource: measureResourceOf,
  run: async (ctx, input) => {
    const measure = await measureOf(ctx.tx, input.slug);
    if (await currentModel(ctx.tx, measure.id)) throw refused("form", "monitoring.errors.modelExists");
    const goals = goalsOf(measure.goals);
    if (goals.length === 0) throw refused("form", "monitoring.errors.measureWithoutGoals");
    const created = createLogicModel({ measureId: measure.id, goals, indicators: [] }, input.reason, {
      today: ctx.now,
      timeZone: ctx.deps.city.timeZone,
      definitions: {},
    });
    if (!created.ok) throw refused(created.issue.path === "reason" ? "reason" : "form", created.issue.message);
    const saved = await insertModelVersion(ctx.tx, {
      model: created.model,
      differences: [],
      by: accountOf(ctx.actor),
      now: ctx.now,
    });
    if (!saved) throw refused("form", "monitoring.errors.modelExists");
    return {
      result: { slug: measure.slug, version: 1 },
      audit: {
        action: "monitoring.model.setUp",
        objectType: "monitoring_model",
        objectId: measure.id,
        after: { version: 1, reason: created.model.reason },
      },
    };
  },
});
