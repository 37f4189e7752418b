import { Invalid } from "../../../platform/errors/errors";
import { isDistrictKey } from "../../../platform/reference-data";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { insertObservation } from "../data/observations";
import { recordObservationInput } from "../domain/inputs";
import { checkValue } from "../domain/observation-checks";
import { accountOf, definitionInModel, measureOf, measureResourceOf, refused } from "./measure-access";

/**
 * Records a measured value by form: the office or the measure's team. The indicator must be in the
 * measure's current logic model; the period must be one of its definition's frequency and must have
 * begun; a yes-no indicator takes 1 or 0; the area is the whole city or, for a district indicator,
 * one of the city's districts. A period that has a value already is corrected, not recorded again.
 */
export const recordObservation = defineUseCase({
  action: "monitoring.observation.record",
  input: recordObservationInput,
  resource: measureResourceOf,
  run: async (ctx, input) => {
    const measure = await measureOf(ctx.tx, input.slug);
    const definition = await definitionInModel(ctx.tx, measure.id, input.indicator);
    const { city } = ctx.deps;
    const checked = checkValue(definition, input, ctx.now, (key) => isDistrictKey(city, key), city.timeZone);
    if (!checked.ok) throw new Invalid("errors.invalidInput", checked.issues);
    const { period, area } = checked;
    const id = await insertObservation(ctx.tx, {
      measureId: measure.id,
      indicator: input.indicator,
      period,
      spatialUnit: area,
      value: input.value,
      status: input.status,
      source: "form",
      note: input.note,
      enteredBy: accountOf(ctx.actor),
      now: ctx.now,
    });
    if (!id) throw refused("period", "monitoring.errors.observationExists");
    return {
      result: { slug: measure.slug, id },
      audit: {
        action: "monitoring.observation.record",
        objectType: "monitoring_observation",
        objectId: id,
        after: { measure: measure.slug, indicator: input.indicator, period, area, value: input.value },
      },
    };
  },
});
