import { eq } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import type { MeasurePlace } from "../domain/district-counts";
import { measures, organisations } from "./schema";

/** Every measure's places and responsible organisation, for counting measures per district. */
export async function measurePlaces(db: Executor): Promise<MeasurePlace[]> {
  const rows = await db
    .select({
      slug: measures.slug,
      titleDe: measures.titleDe,
      titleEn: measures.titleEn,
      districtIds: measures.districtIds,
      cityWide: measures.cityWide,
      nameDe: organisations.nameDe,
      nameEn: organisations.nameEn,
    })
    .from(measures)
    .leftJoin(organisations, eq(organisations.id, measures.responsibleOrganisationId))
    .orderBy(measures.titleDe);
  return rows.map((r) => ({
    slug: r.slug,
    title: { de: r.titleDe, en: r.titleEn },
    districtIds: r.districtIds,
    cityWide: r.cityWide,
    responsible: r.nameDe === null ? null : [r.nameDe, r.nameEn ?? ""],
  }));
}
