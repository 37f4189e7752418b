import { isDistrictKey } from "../../../platform/reference-data";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { insertObservation } from "../data/observations";
import { recordObservationInput } from "../domain/inputs";
import { parsePeriodKey, periodStart } from "../domain/periods";
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
    const period = parsePeriodKey(input.period, definition.frequency);
    if (!period.ok) throw refused("period", period.error);
    if (periodStart(period.key).getTime() > ctx.now.getTime())
      throw refused("period", "monitoring.errors.periodInFuture");
    if (definition.valueKind === "yes-no" && input.value !== 0 && input.value !== 1) {
      throw refused("value", "monitoring.errors.yesNoValue");
    }
    const area = input.spatialUnit || "city";
    if (definition.spatialUnit === "city" && area !== "city")
      throw refused("spatialUnit", "monitoring.errors.areaCity");
    if (definition.spatialUnit === "district" && !isDistrictKey(ctx.deps.city, area)) {
      throw refused("spatialUnit", "monitoring.errors.areaDistrict");
    }
    const id = await insertObservation(ctx.tx, {
      measureId: measure.id,
      indicator: input.indicator,
      period: period.key,
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
        after: { measure: measure.slug, indicator: input.indicator, period: period.key, area, value: input.value },
      },
    };
  },
});
