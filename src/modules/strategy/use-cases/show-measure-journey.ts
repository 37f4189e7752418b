import type { Counters } from "../../../platform/cache/change-counters";
import { type JourneyEvent, type Reader, siteContributions } from "../../../platform/contributions/contributions";
import type { Deps } from "../../../platform/deps";
import type { StoredMeasure } from "../domain/catalogue";
import { pick } from "../domain/model";

/**
 * A measure's whole way on one timeline, oldest first: its own entry into the catalogue and every
 * step the other modules contribute through their manifests (the idea it came from, the vote that
 * funded it, workshops, reviews and lessons), so a module added later appears without a change
 * here. A module whose steps cannot be read is left out and logged; the measure page still shows.
 * Public, like the measure.
 */
export async function showMeasureJourney(deps: Deps, measure: StoredMeasure, reader: Reader): Promise<JourneyEvent[]> {
  const contributed = await Promise.all(
    siteContributions().map(async (contribution) => {
      if (!contribution.journey) return [];
      try {
        return await contribution.journey.events(deps, { id: measure.id, slug: measure.slug }, reader);
      } catch (error) {
        deps.logger.error("journey contribution failed", { measure: measure.slug, error: String(error) });
        return [];
      }
    }),
  );
  const catalogued: JourneyEvent = {
    at: measure.createdAt,
    kind: reader.t("strategy.journey.catalogued"),
    title: pick(measure.content.title, reader.locale),
  };
  return [catalogued, ...contributed.flat()].sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** The version of every module's part of the journeys: the measure page is kept until one moves. */
export function journeyVersion(counters: Counters): string {
  return siteContributions()
    .flatMap((contribution) => (contribution.journey ? [contribution.journey.version(counters)] : []))
    .join(".");
}
