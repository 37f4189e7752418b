import type { Deps } from "../../../platform/deps";
import { NotFound } from "../../../platform/errors/errors";
import type { Locale } from "../../../platform/i18n/i18n";
import { existingResource } from "./resources";

/** What the report form shows about the object: its title and page; NotFound for anything not reportable. */
export async function showReportForm(deps: Deps, type: string | undefined, id: string | undefined, locale: Locale) {
  if (!type || !id || type.length > 64 || id.length > 200) throw new NotFound("moderation.errors.unknownResource");
  const { summary } = await existingResource(deps.database.db, type, id, locale, "reportable");
  return { resource: { type, id }, title: summary.title, href: summary.href };
}

/** The object official feedback is given on, for drawing the form again. */
export async function showFeedbackTarget(deps: Deps, type: string, id: string, locale: Locale) {
  if (!type || !id || type.length > 64 || id.length > 200) throw new NotFound("moderation.errors.unknownResource");
  const { summary } = await existingResource(deps.database.db, type, id, locale);
  return { resource: { type, id }, title: summary.title, href: summary.href };
}
