import type { Executor } from "../../../platform/db/database";
import type { FieldIssue } from "../../../platform/errors/errors";
import { Invalid, NotFound } from "../../../platform/errors/errors";
import { type Actor, can } from "../../../platform/permissions/permissions";
import { findMeasureReference, type MeasureReference, measureScope } from "../../strategy";
import { findDefinition } from "../data/indicators";
import { currentModel } from "../data/models";
import { parseIndicatorUseId } from "../domain/indicator-id";
import type { StoredDefinition } from "../domain/monitoring-view";

/**
 * How the monitoring use cases reach a measure: through the strategy module's index, by the
 * measure's address. The measure's team (`team_member`, granted on the measure) and the strategy
 * office may change its logic model and enter its values.
 */
export async function measureOf(db: Executor, slug: string): Promise<MeasureReference> {
  const measure = await findMeasureReference(db, slug);
  if (!measure) throw new NotFound("monitoring.errors.measureNotFound");
  return measure;
}

/** The measure named by a form's `slug`, for the scoped-role check before the input is read. */
export function measureResourceOf(input: { slug?: unknown }) {
  return typeof input.slug === "string" ? measureScope(input.slug) : undefined;
}

/** The account acting, or null for the platform itself (seed, jobs). */
export function accountOf(actor: Actor): string | null {
  return actor.kind === "user" ? actor.id : null;
}

/** Which of a measure's monitoring forms the actor may use. */
export interface MonitoringPermissions {
  changeModel: boolean;
  record: boolean;
  correct: boolean;
}

export function monitoringPermissions(actor: Actor, slug: string): MonitoringPermissions {
  const resource = measureScope(slug);
  return {
    changeModel: can(actor, "monitoring.model.change", resource),
    record: can(actor, "monitoring.observation.record", resource),
    correct: can(actor, "monitoring.observation.correct", resource),
  };
}

/**
 * The definition of an indicator the measure's current logic model uses, for a form that names it;
 * refused when the measure has no model yet, the model does not use it, or the catalogue lost it.
 */
export async function definitionInModel(db: Executor, measureId: string, indicator: string): Promise<StoredDefinition> {
  const model = await currentModel(db, measureId);
  if (!model) throw refused("form", "monitoring.errors.modelMissing");
  if (!model.model.indicators.some((use) => use.indicator === indicator)) {
    throw refused("indicator", "monitoring.errors.indicatorNotUsed");
  }
  const definition = await findDefinition(db, indicator);
  if (!definition) throw refused("indicator", "monitoring.errors.indicatorUnknown");
  return definition;
}

/** A refusal of a form's input with one message on one field (`form` for the form as a whole). */
export function refused(path: string, message: string): Invalid {
  const issue: FieldIssue = { path, message };
  return new Invalid("errors.invalidInput", [issue]);
}

/** An indicator use the API names by its public id (domain/indicator-id.ts), with its measure and definition. */
export interface ReachedUse {
  id: string;
  measure: MeasureReference;
  definition: StoredDefinition;
}

/**
 * The indicator use behind a public id: its measure, whose current logic model must use the
 * definition. Not found when the id is malformed, the measure missing or the model not using it.
 */
export async function indicatorUseById(db: Executor, id: string): Promise<ReachedUse> {
  const named = parseIndicatorUseId(id);
  if (!named) throw new NotFound("monitoring.errors.indicatorUseNotFound");
  const measure = await measureOf(db, named.slug);
  const model = await currentModel(db, measure.id);
  if (!model?.model.indicators.some((use) => use.indicator === named.indicator)) {
    throw new NotFound("monitoring.errors.indicatorUseNotFound");
  }
  const definition = await findDefinition(db, named.indicator);
  if (!definition) throw new NotFound("monitoring.errors.indicatorUseNotFound");
  return { id, measure, definition };
}

/** The measure an indicator's public id names, for the scoped-role check before the input is read. */
export function indicatorResourceOf(id: unknown) {
  const named = typeof id === "string" ? parseIndicatorUseId(id) : null;
  return named ? measureScope(named.slug) : undefined;
}
