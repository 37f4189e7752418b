import type { Executor } from "../../../platform/db/database";
import { type DemoMeasurePlan, demoMeasurePlans } from "../data/demo-files";
import { findMeasureBySlug, findMeasuresByCodes, findMeasuresByIds } from "../data/measures";
import type { StoredMeasure } from "../domain/catalogue";
import { type BilingualText, type Goals, isDemo, measureResource } from "../domain/model";

/**
 * What other modules need to know of a measure to attach their own things to it (the monitoring
 * module's logic model and values): its id and address, its title, whether it is demo content, its
 * goals, and the resource its team's scoped roles are granted on. Public reads.
 */
export interface MeasureReference {
  id: string;
  slug: string;
  code: string | null;
  title: BilingualText;
  demo: boolean;
  goals: Goals;
  /** Where the measure stands now: its implementation phase, action fields and the values it serves strongly. */
  phaseId: string | null;
  actionFieldIds: string[];
  strongValueIds: string[];
  /** The object scoped roles (`team_member`) are granted on. */
  resource: { type: string; id: string };
}

function referenceOf(measure: StoredMeasure): MeasureReference {
  return {
    id: measure.id,
    slug: measure.slug,
    code: measure.code,
    title: measure.content.title,
    demo: isDemo(measure.content),
    goals: measure.content.goals,
    phaseId: measure.content.phaseId,
    actionFieldIds: measure.content.actionFieldIds,
    strongValueIds: measure.strongValueIds,
    resource: measureResource(measure),
  };
}

/** The measure at this address, or null. */
export async function findMeasureReference(db: Executor, slug: string): Promise<MeasureReference | null> {
  const measure = await findMeasureBySlug(db, slug);
  return measure ? referenceOf(measure) : null;
}

/** The measures with these codes (the strategy's own identifiers, e.g. "Z1"). */
export async function findMeasureReferencesByCodes(db: Executor, codes: string[]): Promise<MeasureReference[]> {
  return (await findMeasuresByCodes(db, codes)).map(referenceOf);
}

/** The measures with these ids, for naming them where another module stores only the id. */
export async function findMeasureReferencesByIds(db: Executor, ids: string[]): Promise<MeasureReference[]> {
  return (await findMeasuresByIds(db, [...new Set(ids)])).map(referenceOf);
}

/** The resource a measure's team roles are granted on, from its address (no read). */
export function measureScope(slug: string): { type: string; id: string } {
  return measureResource({ slug });
}

export type { DemoMeasurePlan };
/** The demo strategy's measures as the demo file plans them (for other modules' demo content). */
export { demoMeasurePlans };
