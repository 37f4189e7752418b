import type { Executor } from "../../../platform/db/database";
import type { Locale } from "../../../platform/i18n/i18n";
import { loadReference } from "../data/catalogue";
import { pick } from "../domain/model";

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
  const { values } = await loadReference(db);
  return values.map((v) => ({
    id: v.id,
    name: pick(v.name, locale),
    description: pick(v.description, locale),
    question: v.questions[0] ? pick(v.questions[0], locale) : "",
  }));
}
