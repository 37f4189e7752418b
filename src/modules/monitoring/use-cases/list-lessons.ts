import { offsetOf, type Pagination } from "../../../platform/api/pagination";
import type { Deps } from "../../../platform/deps";
import type { Locale } from "../../../platform/i18n/i18n";
import { keptCatalogueChoices } from "../../strategy";
import { listPublishedLessons, publishedLessonTags } from "../data/lessons";
import type { LessonFilter } from "../domain/review-records";

/** Tags offered in the list's filter: the most used ones. */
const TAGS_OFFERED = 60;

/**
 * The public list of lessons learnt across all measures (published rounds only), searched and
 * filtered in the database, with the choices of its filter form. A filter value the catalogue does
 * not know is left out rather than refused, as on every list page.
 */
export async function listLessons(deps: Deps, locale: Locale, filter: LessonFilter, page: Pagination) {
  const db = deps.database.db;
  const [choices, tags] = await Promise.all([
    keptCatalogueChoices(deps, locale),
    publishedLessonTags(db, TAGS_OFFERED),
  ]);
  const known: LessonFilter = {
    q: filter.q,
    actionField: choices.actionFields.some((f) => f.id === filter.actionField) ? filter.actionField : undefined,
    value: choices.compassValues.some((v) => v.id === filter.value) ? filter.value : undefined,
    phase: choices.phases.some((p) => p.id === filter.phase) ? filter.phase : undefined,
    tag: filter.tag && filter.tag.length <= 40 ? filter.tag : undefined,
  };
  const lessons = await listPublishedLessons(db, known, { limit: page.pageSize, offset: offsetOf(page) });
  return { ...lessons, filter: known, choices: { ...choices, tags } };
}
