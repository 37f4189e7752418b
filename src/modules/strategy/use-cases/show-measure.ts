import type { Deps } from "../../../platform/deps";
import { NotFound } from "../../../platform/errors/errors";
import { cachedReference, organisationsOf } from "../data/catalogue";
import { assessmentHistory, findMeasureBySlug, listVersions } from "../data/measures";
import type { AssessmentRecord } from "../domain/assessment";
import {
  type Reference,
  type StoredMeasure,
  type StoredOrganisation,
  VERSIONS_PAGE_SIZE,
  type VersionEntry,
} from "../domain/catalogue";

async function findMeasure(deps: Deps, slug: string): Promise<StoredMeasure> {
  const measure = await findMeasureBySlug(deps.database.db, slug);
  if (!measure) throw new NotFound("strategy.measure.notFound");
  return measure;
}

/** A measure's page: the measure, its organisations, assessments and a page of its history. Public. */
export async function showMeasure(
  deps: Deps,
  slug: string,
  versionsPage: number,
  version?: number,
): Promise<{
  measure: StoredMeasure;
  reference: Reference;
  organisations: Map<string, StoredOrganisation>;
  assessments: Awaited<ReturnType<typeof assessmentHistory>>;
  versions: { items: VersionEntry[]; total: number; page: number };
}> {
  const db = deps.database.db;
  const measure = await findMeasure(deps, slug);
  const [reference, organisations, assessments, versions] = await Promise.all([
    cachedReference(db, version),
    organisationsOf(db, [measure.content]),
    assessmentHistory(db, measure.id),
    listVersions(db, measure.id, { limit: VERSIONS_PAGE_SIZE, offset: (versionsPage - 1) * VERSIONS_PAGE_SIZE }),
  ]);
  return { measure, reference, organisations, assessments, versions: { ...versions, page: versionsPage } };
}

/** A measure with its organisations and assessment history, for the API. Public. */
export async function readMeasure(
  deps: Deps,
  slug: string,
): Promise<{ measure: StoredMeasure; organisations: Map<string, StoredOrganisation>; history: AssessmentRecord[] }> {
  const db = deps.database.db;
  const measure = await findMeasure(deps, slug);
  const [organisations, history] = await Promise.all([
    organisationsOf(db, [measure.content]),
    assessmentHistory(db, measure.id),
  ]);
  return { measure, organisations, history };
}
