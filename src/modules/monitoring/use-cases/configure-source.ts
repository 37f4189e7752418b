import type { Deps } from "../../../platform/deps";
import { cancel, schedule } from "../../../platform/jobs/scheduled";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { deleteSource, findSourceOfUse, type StoredSource, saveSource } from "../data/source-rows";
import { sourceSettingsInput } from "../domain/source-config";
import { FETCH_SOURCE_JOB } from "./fetch-source";
import { accountOf, definitionInModel, measureOf, measureResourceOf, refused } from "./measure-access";
import { refusesHost } from "./source-network";

/** The settings of a stored source as the audit log keeps them. */
function settingsOf(source: StoredSource) {
  return { kind: source.kind, config: source.config, aggregation: source.aggregation };
}

/**
 * Sets or removes the automatic source of one indicator use: the office or the measure's team.
 * The indicator must be in the measure's current logic model and measured for the whole city as a
 * number (a source gives one city-wide value per period; district and yes-no indicators are entered
 * by hand). The address must be http(s) and, unless the operator allows it, not in an internal
 * network. Setting a source (again) starts it afresh and fetches at once; removing it stops the job,
 * and the values it brought stay.
 */
export const configureSource = defineUseCase({
  action: "monitoring.source.configure",
  input: (deps: Deps) => sourceSettingsInput({ refusesHost: refusesHost(deps) }),
  resource: measureResourceOf,
  run: async (ctx, input) => {
    const measure = await measureOf(ctx.tx, input.slug);
    const before = await findSourceOfUse(ctx.tx, measure.id, input.indicator);
    if (!input.settings) {
      const removed = await deleteSource(ctx.tx, measure.id, input.indicator);
      if (!removed) throw refused("kind", "monitoring.errors.sourceNone");
      await cancel(ctx.tx, FETCH_SOURCE_JOB, removed.id);
      return {
        result: { slug: measure.slug, id: removed.id, removed: true },
        audit: {
          action: "monitoring.source.remove",
          objectType: "monitoring_source",
          objectId: removed.id,
          before: { measure: measure.slug, indicator: input.indicator, ...settingsOf(removed) },
        },
      };
    }
    const definition = await definitionInModel(ctx.tx, measure.id, input.indicator);
    if (definition.spatialUnit !== "city") throw refused("indicator", "monitoring.errors.sourceDistrict");
    if (definition.valueKind !== "number") throw refused("indicator", "monitoring.errors.sourceYesNo");
    const { kind, config, aggregation } = input.settings;
    const id = await saveSource(
      ctx.tx,
      { measureId: measure.id, indicator: input.indicator, kind, config, aggregation },
      { by: accountOf(ctx.actor), now: ctx.now },
    );
    // In the same transaction: a source is never saved without its job, nor a job left without its source.
    await schedule(ctx.tx, { name: FETCH_SOURCE_JOB, key: id, runAt: ctx.now, replaceRunAt: true });
    return {
      result: { slug: measure.slug, id, removed: false },
      audit: {
        action: "monitoring.source.configure",
        objectType: "monitoring_source",
        objectId: id,
        before: before ? settingsOf(before) : null,
        after: { measure: measure.slug, indicator: input.indicator, kind, config, aggregation },
      },
    };
  },
});
