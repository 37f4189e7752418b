import type { Executor } from "../../../platform/db/database";
import type { Locale } from "../../../platform/i18n/i18n";
import { loadReference } from "../data/catalogue";
import { pick } from "../domain/model";

/** The action fields a new measure may belong to, for a form outside the catalogue. */
export async function actionFieldChoices(db: Executor, locale: Locale): Promise<Array<{ id: string; label: string }>> {
  const { actionFields } = await loadReference(db);
  return actionFields.map((f) => ({ id: f.id, label: `${f.id} – ${pick(f.name, locale)}` }));
}
