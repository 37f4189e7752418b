import { type Counters, currentCounters } from "../../../platform/cache/change-counters";
import type { Executor } from "../../../platform/db/database";
import type { Deps } from "../../../platform/deps";
import type { Locale } from "../../../platform/i18n/i18n";
import { cachedReference, loadReference } from "../data/catalogue";
import type { Reference } from "../domain/catalogue";
import { pick } from "../domain/model";
import { type ActionFieldChoice, actionFieldChoicesOf } from "./list-action-field-choices";

/** A value of the strategy's values compass as a form outside the catalogue asks about it. */
export interface CompassValueChoice {
  id: string;
  name: string;
  description: string;
  /** The compass's guiding question, the first one when it has several. */
  question: string;
}

/** The values of the compass in their order, named in the reader's language. */
export async function compassValueChoices(db: Executor, locale: Locale): Promise<CompassValueChoice[]> {
  return compassValueChoicesOf(await loadReference(db), locale);
}

/** The same from a catalogue already read (see `catalogueChoices`). */
export function compassValueChoicesOf({ values }: Pick<Reference, "values">, locale: Locale): CompassValueChoice[] {
  return values.map((v) => ({
    id: v.id,
    name: pick(v.name, locale),
    description: pick(v.description, locale),
    question: v.questions[0] ? pick(v.questions[0], locale) : "",
  }));
}

/** Action fields and compass values from one read of the catalogue, for a form that offers both. */
export async function catalogueChoices(
  db: Executor,
  locale: Locale,
): Promise<{
  actionFields: ActionFieldChoice[];
  compassValues: CompassValueChoice[];
  /** The implementation phases in their order, named in the reader's language. */
  phases: Array<{ id: string; name: string }>;
}> {
  return choicesOf(await loadReference(db), locale);
}

/**
 * The same for pages, from the catalogue kept in memory while its change counter stands still: no
 * query at all on most requests (a transaction that must see its own changes uses `catalogueChoices`).
 * A page that has read the change counters for its request passes them.
 */
export async function keptCatalogueChoices(
  deps: Deps,
  locale: Locale,
  counters?: Counters,
): ReturnType<typeof catalogueChoices> {
  const { catalogue } = counters ?? (await currentCounters(deps.database));
  return choicesOf(await cachedReference(deps.database.db, catalogue), locale);
}

function choicesOf(reference: Reference, locale: Locale) {
  return {
    actionFields: actionFieldChoicesOf(reference, locale),
    compassValues: compassValueChoicesOf(reference, locale),
    phases: [...reference.phases]
      .sort((a, b) => a.position - b.position)
      .map((phase) => ({ id: phase.id, name: pick(phase.name, locale) })),
  };
}
