import { asc, desc } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import { measures } from "./schema";

/** The measures changed last: slug, titles, summaries and when. */
export async function latestMeasures(db: Executor, limit: number) {
  return db
    .select({
      slug: measures.slug,
      titleDe: measures.titleDe,
      titleEn: measures.titleEn,
      summaryDe: measures.summaryDe,
      summaryEn: measures.summaryEn,
      updatedAt: measures.updatedAt,
    })
    .from(measures)
    .orderBy(desc(measures.updatedAt), asc(measures.id))
    .limit(limit);
}

/** Every measure by title, for choosing one from a list (e.g. granting a role on it). */
export async function measureChoices(db: Executor): Promise<{ slug: string; title: string }[]> {
  return db.select({ slug: measures.slug, title: measures.titleDe }).from(measures).orderBy(asc(measures.titleDe));
}
