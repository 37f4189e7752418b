import type { Executor } from "../../../platform/db/database";
import type { UseCaseContext, UseCaseResult } from "../../../platform/use-case/use-case";
import { catalogueChoices } from "../../strategy";
import { findDefinitions } from "../data/indicators";
import { currentModel, insertModelVersion } from "../data/models";
import {
  applyChanges,
  type DefinitionFacts,
  type LogicModel,
  type ModelContext,
  type ProposedChange,
} from "../domain/logic-model";
import { accountOf, measureOf, refused } from "./measure-access";

/**
 * A new version of a measure's logic model, made from the version the form showed: refused when
 * someone saved another version in between (the person sees the new one and decides again), or
 * when the domain refuses the change; the domain's issue is put on the form's field by `fieldOf`.
 */
export async function reviseModel(
  ctx: UseCaseContext,
  input: { slug: string; version: number; reason: string },
  changes: (keys: string[]) => ProposedChange[],
  fieldOf: (path: string, message: string) => string,
  action: string,
): Promise<UseCaseResult<{ slug: string; version: number }>> {
  const measure = await measureOf(ctx.tx, input.slug);
  const current = await currentModel(ctx.tx, measure.id);
  if (!current) throw refused("form", "monitoring.errors.modelMissing");
  if (current.version !== input.version) throw refused("form", "monitoring.errors.modelChanged");
  const proposed = changes(current.model.indicators.map((use) => use.indicator));
  const revised = applyChanges(
    current.model,
    { reason: input.reason, changes: proposed },
    await modelContextFor(ctx.tx, current.model, proposed, ctx.now, ctx.deps.city.timeZone),
  );
  if (!revised.ok) throw refused(fieldOf(revised.issue.path, revised.issue.message), revised.issue.message);
  const saved = await insertModelVersion(ctx.tx, {
    model: revised.model,
    differences: revised.differences,
    by: accountOf(ctx.actor),
    now: ctx.now,
  });
  if (!saved) throw refused("form", "monitoring.errors.modelChanged");
  return {
    result: { slug: measure.slug, version: revised.model.version },
    audit: {
      action,
      objectType: "monitoring_model",
      objectId: measure.id,
      before: { version: current.version },
      after: { version: revised.model.version, differences: revised.differences },
    },
  };
}

/**
 * What `applyChanges` needs to check changes to a model: today (in the city's time zone), the
 * definitions they name, and the strategy's phases when a change adds a goal (a new milestone must
 * name one of them).
 */
export async function modelContextFor(
  db: Executor,
  model: LogicModel,
  proposed: readonly ProposedChange[],
  today: Date,
  timeZone: string,
): Promise<ModelContext> {
  const keys = [
    ...model.indicators.map((use) => use.indicator),
    ...proposed.flatMap((change) => (change.kind === "add-indicator" ? [change.use.indicator] : [])),
  ];
  const definitions: Record<string, DefinitionFacts> = {};
  for (const [key, definition] of await findDefinitions(db, keys)) {
    definitions[key] = { frequency: definition.frequency, valueKind: definition.valueKind };
  }
  if (!proposed.some((change) => change.kind === "add-goal")) return { today, timeZone, definitions };
  const { phases } = await catalogueChoices(db, "de");
  return { today, timeZone, definitions, phases: phases.map((phase) => phase.id) };
}

/** The form field of a path under the first change (`changes.0.period` → `period`), by a table. */
export function fieldByTable(table: Record<string, string>, fallback: string) {
  return (path: string): string => {
    if (path === "reason" || path.endsWith(".reason")) return "reason";
    if (path === "date") return "form";
    const rest = path.replace(/^changes\.0\.?/, "");
    for (const [prefix, field] of Object.entries(table))
      if (rest === prefix || rest.startsWith(`${prefix}.`)) return field;
    return fallback;
  };
}
