import { defineUseCase } from "../../../platform/use-case/use-case";
import { findDefinition } from "../data/indicators";
import { findObservation, insertObservation, supersedeObservation } from "../data/observations";
import { correctObservationInput } from "../domain/inputs";
import { accountOf, measureOf, measureResourceOf, refused } from "./measure-access";

/**
 * Corrects a measured value: the office or the measure's team. Nothing is overwritten: the old
 * value is marked as replaced and stays readable, and the correction is a new value with the reason
 * as its note. Only the current value of a period can be corrected, and only once at a time.
 */
export const correctObservation = defineUseCase({
  action: "monitoring.observation.correct",
  input: correctObservationInput,
  resource: measureResourceOf,
  run: async (ctx, input) => {
    const measure = await measureOf(ctx.tx, input.slug);
    const old = await findObservation(ctx.tx, measure.id, input.observation);
    if (!old || old.supersededAt !== null) throw refused("observation", "monitoring.errors.observationNotCurrent");
    const definition = await findDefinition(ctx.tx, old.indicator);
    if (definition?.valueKind === "yes-no" && input.value !== 0 && input.value !== 1) {
      throw refused("value", "monitoring.errors.yesNoValue");
    }
    if (old.value === input.value) throw refused("value", "monitoring.errors.correctionWithoutEffect");
    if (!(await supersedeObservation(ctx.tx, old.id, ctx.now))) {
      throw refused("observation", "monitoring.errors.observationNotCurrent");
    }
    const id = await insertObservation(ctx.tx, {
      measureId: measure.id,
      indicator: old.indicator,
      period: old.period,
      spatialUnit: old.spatialUnit,
      value: input.value,
      status: "corrected",
      source: "form",
      note: input.reason,
      corrects: old.id,
      enteredBy: accountOf(ctx.actor),
      now: ctx.now,
    });
    if (!id) throw refused("observation", "monitoring.errors.observationNotCurrent");
    return {
      result: { slug: measure.slug, id },
      audit: {
        action: "monitoring.observation.correct",
        objectType: "monitoring_observation",
        objectId: id,
        before: { id: old.id, value: old.value },
        after: { value: input.value, reason: input.reason },
      },
    };
  },
});
