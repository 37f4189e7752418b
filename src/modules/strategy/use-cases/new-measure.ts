import { actorLabel } from "../../../platform/audit/audit";
import type { Executor } from "../../../platform/db/database";
import type { Actor } from "../../../platform/permissions/permissions";
import { findMeasureBySlug, insertMeasure, insertVersion } from "../data/measures";
import { diff } from "../domain/diff";
import { blankContent, type MeasureContent } from "../domain/model";
import { isValidSlug, slugify } from "../domain/vocabulary";

/** The address a new measure gets from its title (titles without letters get a prefix). */
export function slugForTitle(title: string): string {
  const slug = slugify(title);
  return isValidSlug(slug) ? slug : slugify(`massnahme ${title}`);
}

/** The first of `slug`, `slug-2`, `slug-3`, … that no measure has. */
export async function nextFreeSlug(tx: Executor, slug: string): Promise<string> {
  if (!(await findMeasureBySlug(tx, slug))) return slug;
  let n = 2;
  while (await findMeasureBySlug(tx, `${slug}-${n}`)) n++;
  return `${slug}-${n}`;
}

/** Writes a new measure with its first version, which names the actor who created it. */
export async function insertNewMeasure(
  tx: Executor,
  measure: { slug: string; content: MeasureContent; actor: Actor; now: Date },
): Promise<void> {
  const id = await insertMeasure(tx, { slug: measure.slug, code: null, content: measure.content, now: measure.now });
  await insertVersion(tx, {
    measureId: id,
    version: 1,
    kind: "created",
    at: measure.now,
    authorId: measure.actor.kind === "user" ? measure.actor.id : null,
    authorLabel: actorLabel(measure.actor),
    changes: diff(blankContent(), measure.content),
  });
}
