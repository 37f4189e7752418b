import type { Deps } from "../../../platform/deps";
import { findOrganisations, loadReference, type Reference, type StoredOrganisation } from "../data/catalogue";

export {
  cachedReference,
  catalogueVersion,
  findActionField,
  findOrganisation,
  listOrganisations,
  loadReference,
  organisationChoices,
  type Reference,
  type StoredOrganisation,
} from "../data/catalogue";
export {
  assessmentHistory,
  countMeasures,
  exportMeasures,
  findMeasureBySlug,
  listMeasures,
  listVersions,
  type MeasureFilter,
  type MeasureListItem,
  type MeasureSort,
  measureCountsByActionField,
  measureCountsByDistrict,
  type StoredMeasure,
} from "../data/measures";

export async function organisationsOf(
  deps: Deps,
  contents: Array<{
    responsibleOrganisationId: string | null;
    involvedOrganisationIds: string[];
    team?: Array<{ organisationId: string | null }>;
  }>,
): Promise<Map<string, StoredOrganisation>> {
  const ids = new Set<string>();
  for (const c of contents) {
    if (c.responsibleOrganisationId) ids.add(c.responsibleOrganisationId);
    for (const id of c.involvedOrganisationIds) ids.add(id);
    for (const m of c.team ?? []) if (m.organisationId) ids.add(m.organisationId);
  }
  return new Map((await findOrganisations(deps.database.db, [...ids])).map((o) => [o.id, o]));
}

export async function readReference(deps: Deps): Promise<Reference> {
  return loadReference(deps.database.db);
}
