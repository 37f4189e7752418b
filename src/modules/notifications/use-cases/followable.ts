import type { Executor } from "../../../platform/db/database";
import { NotFound } from "../../../platform/errors/errors";
import { defaultLocale } from "../../../platform/i18n/i18n";
import { resourceKind } from "../../../platform/resources/resources";
import type { ResourceRef } from "../domain/resource-ref";

/**
 * Refuses a resource nobody can follow: a type no module declared followable, or an object its
 * module does not show (missing, or not public). The same answer for both, so the refusal tells a
 * stranger nothing about what exists.
 */
export async function requireFollowable(db: Executor, resource: ResourceRef): Promise<void> {
  const kind = resourceKind(resource.type);
  const summary = kind?.followable ? await kind.summary(db, resource.id, defaultLocale) : null;
  if (!summary) throw new NotFound("notifications.errors.notFollowable");
}
