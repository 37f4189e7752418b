import type { Executor } from "../../../platform/db/database";
import { NotFound } from "../../../platform/errors/errors";
import type { Locale } from "../../../platform/i18n/i18n";
import { type ResourceKind, type ResourceSummary, resourceKind } from "../../../platform/resources/resources";

/** The registered kind and the object's public summary, or NotFound for an unknown kind or object. */
export async function existingResource(
  db: Executor,
  type: string,
  id: string,
  locale: Locale,
  ability?: "reportable",
): Promise<{ kind: ResourceKind; summary: ResourceSummary }> {
  const kind = resourceKind(type);
  if (!kind || (ability && kind[ability] !== true)) throw new NotFound("moderation.errors.unknownResource");
  const summary = await kind.summary(db, id, locale);
  if (!summary) throw new NotFound("moderation.errors.unknownResource");
  return { kind, summary };
}
