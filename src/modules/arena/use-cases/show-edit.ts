import type { Deps } from "../../../platform/deps";
import { Conflict, Forbidden, NotFound } from "../../../platform/errors/errors";
import type { Actor } from "../../../platform/permissions/permissions";
import { requirePermission } from "../../../platform/permissions/require-permission";
import { contentOf, findEntryByNumber } from "../data/entries";
import { authorMayEdit, isEntryState } from "../domain/workflow";
import { accountId } from "./account";
import { entryNumberOf } from "./show-entry";

/** The author's own entry to edit, while the office has not started to qualify it. */
export async function showEdit(deps: Deps, actor: Actor, numberText: string | undefined) {
  requirePermission(actor, "arena.edit");
  const entry = await findEntryByNumber(deps.database.db, entryNumberOf(numberText));
  if (!entry) throw new NotFound("arena.errors.notFound");
  if (entry.authorId !== accountId(actor)) throw new Forbidden("arena.errors.notAuthor");
  if (!isEntryState(entry.state) || !authorMayEdit(entry.state)) throw new Conflict("arena.errors.editClosed");
  return { entry, content: contentOf(entry) };
}
