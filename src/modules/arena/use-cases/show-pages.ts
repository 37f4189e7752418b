import { offsetOf, type Pagination } from "../../../platform/api/pagination";
import type { Deps } from "../../../platform/deps";
import { NotFound } from "../../../platform/errors/errors";
import type { Actor } from "../../../platform/permissions/permissions";
import { requirePermission } from "../../../platform/permissions/require-permission";
import { combinedSupports, findConsortiumByNumber } from "../data/consortia";
import { consortiumMembers, entriesAwaitingAnswer, entryVersions, findEntryByNumber } from "../data/entries";
import { changedFields } from "../domain/entry";
import { entryNumberOf } from "./show-entry";

/** The office's work list: entries still waiting for their first answer, oldest first. */
export async function showAwaitingAnswer(deps: Deps, actor: Actor, page: Pagination) {
  requirePermission(actor, "arena.manage");
  return entriesAwaitingAnswer(deps.database.db, page.pageSize, offsetOf(page));
}

/** An entry's versions, newest first, each with the fields changed against the one before. */
export async function showVersions(deps: Deps, numberText: string | undefined) {
  const db = deps.database.db;
  const entry = await findEntryByNumber(db, entryNumberOf(numberText));
  if (!entry || entry.hiddenReason) throw new NotFound("arena.errors.notFound");
  const versions = await entryVersions(db, entry.id);
  return {
    entry,
    versions: versions.map((v, i) => {
      const before = versions[i + 1];
      return {
        version: v.version,
        createdAt: v.createdAt,
        content: v.content,
        changed: before ? changedFields(before.content, v.content) : [],
      };
    }),
  };
}

/** A consortium's page: its member entries and their supports together. */
export async function showConsortium(deps: Deps, numberText: string | undefined) {
  const db = deps.database.db;
  const consortium = await findConsortiumByNumber(db, entryNumberOf(numberText));
  if (!consortium) throw new NotFound("arena.errors.notFound");
  const [entries, supports] = await Promise.all([
    consortiumMembers(db, consortium.id),
    combinedSupports(db, consortium.id),
  ]);
  return { consortium, entries, supports };
}
