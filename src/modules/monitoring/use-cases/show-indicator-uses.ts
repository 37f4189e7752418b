import type { Deps } from "../../../platform/deps";
import type { MeasureReference } from "../../strategy";
import { findDefinitions } from "../data/indicators";
import { currentModel } from "../data/models";
import { observationsOfMeasure } from "../data/observations";
import { type IndicatorView, indicatorViews } from "../domain/monitoring-view";
import { measureOf } from "./measure-access";

/** A guard on the values read for one measure (a handful of indicators, a value per period). */
const VALUES_READ = 5000;

export interface IndicatorUses {
  measure: MeasureReference;
  /** The version of the logic model in force; null before the measure has one. */
  version: number | null;
  /** Each use with its definition and its assessment now, as the monitoring page shows it. */
  uses: IndicatorView[];
}

/** The indicators a measure's current logic model uses, each assessed at this moment. Public. */
export async function showIndicatorUses(deps: Deps, slug: string): Promise<IndicatorUses> {
  const db = deps.database.db;
  const measure = await measureOf(db, slug);
  const [model, observations] = await Promise.all([
    currentModel(db, measure.id),
    observationsOfMeasure(db, measure.id, VALUES_READ),
  ]);
  if (!model) return { measure, version: null, uses: [] };
  const definitions = await findDefinitions(
    db,
    model.model.indicators.map((use) => use.indicator),
  );
  return {
    measure,
    version: model.version,
    uses: indicatorViews(model.model, definitions, observations, deps.clock(), 0, deps.city.timeZone),
  };
}
