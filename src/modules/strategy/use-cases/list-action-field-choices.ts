import type { Executor } from "../../../platform/db/database";
import type { Locale } from "../../../platform/i18n/i18n";
import { loadReference } from "../data/catalogue";
import { pick } from "../domain/model";

/**
 * The action fields a new measure or a proposal may belong to, for a form outside the catalogue:
 * `label` with the identifier for the office ("RW-1 – name"), `name` alone for residents.
 */
export async function actionFieldChoices(
  db: Executor,
  locale: Locale,
): Promise<Array<{ id: string; label: string; name: string }>> {
  const { actionFields } = await loadReference(db);
  return actionFields.map((f) => {
    const name = pick(f.name, locale);
    return { id: f.id, label: `${f.id} – ${name}`, name };
  });
}
