import type { Deps } from "../../../platform/deps";
import type { Locale } from "../../../platform/i18n/i18n";
import type { Actor } from "../../../platform/permissions/permissions";
import { requirePermission } from "../../../platform/permissions/require-permission";
import { type ActionFieldChoice, actionFieldChoices } from "../../strategy";
import { invitedEmails } from "../data/process-writes";
import { findProcessBySlug } from "../data/processes";
import type { StoredProcess } from "../domain/stored-process";
import { processOrNotFound } from "./process-access";

/** The process to change and its invited people's addresses, for the office only. */
export async function processToEdit(
  deps: Deps,
  actor: Actor,
  slug: string,
): Promise<{ process: StoredProcess; invited: string[] }> {
  requirePermission(actor, "participation.manage");
  const db = deps.database.db;
  const process = await processOrNotFound(db, slug);
  return { process, invited: await invitedEmails(db, process.id) };
}

/** What the form offers to choose (the action fields), and the process it changes, if any. */
export async function processFormChoices(
  deps: Deps,
  locale: Locale,
  slug: string | undefined,
): Promise<{ actionFields: ActionFieldChoice[]; process: StoredProcess | undefined }> {
  const db = deps.database.db;
  const [actionFields, process] = await Promise.all([
    actionFieldChoices(db, locale),
    slug ? findProcessBySlug(db, slug) : Promise.resolve(null),
  ]);
  return { actionFields, process: process ?? undefined };
}
