import { actorLabel } from "../../../platform/audit/audit";
import { Conflict, NotFound } from "../../../platform/errors/errors";
import type { UseCaseContext, UseCaseResult } from "../../../platform/use-case/use-case";
import type { MeasureSaved, StoredMeasure, VersionKind } from "../domain/catalogue";
import { diff } from "../domain/diff";
import type { MeasureContent } from "../domain/model";
import { findMeasureBySlug, insertVersion, updateMeasure } from "./measures";

export async function loadMeasure(ctx: UseCaseContext, slug: string): Promise<StoredMeasure> {
  const measure = await findMeasureBySlug(ctx.tx, slug);
  if (!measure) throw new NotFound("strategy.measure.notFound");
  return measure;
}

/** Refuses a form opened on an older version: someone else saved in between (optimistic locking). */
export function checkVersion(measure: StoredMeasure, expected: number): void {
  if (measure.version !== expected) {
    throw new Conflict("strategy.edit.conflict", { version: measure.version });
  }
}

/**
 * Saves a change of a measure's content as a new version with its field-level differences, if
 * nothing was saved since the form was opened. A save without a difference writes no version.
 */
export async function saveMeasureChange(
  ctx: UseCaseContext,
  input: { slug: string; version: number },
  kind: VersionKind,
  action: string,
  build: (current: StoredMeasure) => MeasureContent | Promise<MeasureContent>,
): Promise<UseCaseResult<MeasureSaved>> {
  const current = await loadMeasure(ctx, input.slug);
  checkVersion(current, input.version);
  const next = await build(current);
  const changes = diff(current.content, next);
  let version = current.version;
  if (changes.length > 0) {
    const saved = await updateMeasure(ctx.tx, current.id, input.version, next, ctx.now);
    if (saved === null) throw new Conflict("strategy.edit.conflict", { version: current.version + 1 });
    version = saved;
    await insertVersion(ctx.tx, {
      measureId: current.id,
      version,
      kind,
      at: ctx.now,
      authorId: ctx.actor.kind === "user" ? ctx.actor.id : null,
      authorLabel: actorLabel(ctx.actor),
      changes,
    });
  }
  return {
    result: { slug: current.slug, version, changes },
    audit: {
      action,
      objectType: "measure",
      objectId: current.slug,
      before: { version: current.version },
      after: { version, fields: changes.map((c) => c.field) },
    },
  };
}
