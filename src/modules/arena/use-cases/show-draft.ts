import type { Deps } from "../../../platform/deps";
import { NotFound } from "../../../platform/errors/errors";
import type { Locale } from "../../../platform/i18n/i18n";
import { type OpenIdeaCall, openIdeaCalls } from "../../../platform/idea-calls/idea-calls";
import type { Actor } from "../../../platform/permissions/permissions";
import { requirePermission } from "../../../platform/permissions/require-permission";
import { postingRefusal, postingRefusalMessage } from "../../moderation";
import { draftAttachments } from "../data/attachments";
import { findDraft, openDrafts } from "../data/drafts";
import { similarEntries } from "../data/entries";
import { accountId } from "./account";

/**
 * The start page of a submission: the account's unfinished drafts, and why it may not post, if so.
 * Coming from a call for ideas (`call`, its key), the call if it is open for the account, or that
 * it is not.
 */
export async function showNewEntry(deps: Deps, actor: Actor, options: { call?: string; locale: Locale }) {
  requirePermission(actor, "arena.submit");
  const db = deps.database.db;
  const wanted = options.call?.trim() ?? "";
  const [drafts, refusal, calls] = await Promise.all([
    openDrafts(db, accountId(actor)),
    postingRefusal(db, actor),
    wanted ? openIdeaCalls(db, actor, options.locale, deps.clock()) : Promise.resolve([]),
  ]);
  return {
    drafts: drafts.map((d) => ({ id: d.id, title: d.content.title ?? null, step: d.step, updatedAt: d.updatedAt })),
    refusal: refusal ? postingRefusalMessage(refusal) : null,
    call: wanted ? { key: wanted, open: calls.find((call) => call.key === wanted) ?? null } : null,
  };
}

/**
 * The calls for ideas the account may submit to now (a participation process in its idea-call
 * phase), for the step that offers them and the summary before submitting.
 */
export async function ideaCallChoices(deps: Deps, actor: Actor, locale: Locale): Promise<OpenIdeaCall[]> {
  requirePermission(actor, "arena.submit");
  return openIdeaCalls(deps.database.db, actor, locale, deps.clock());
}

/**
 * One of the account's own drafts with its files; with `similar`, the entries that resemble it (for
 * the last step).
 */
export async function showDraft(deps: Deps, actor: Actor, id: string, similar: boolean) {
  requirePermission(actor, "arena.submit");
  const db = deps.database.db;
  const draft = /^[0-9a-f-]{36}$/i.test(id) ? await findDraft(db, id, accountId(actor)) : undefined;
  if (!draft) throw new NotFound("arena.errors.draftNotFound");
  const { title = "", problem = "" } = draft.content;
  return {
    draft,
    similar: similar && title ? await similarEntries(db, { title, problem }) : [],
    attachments: similar ? await draftAttachments(db, draft.id) : [],
  };
}
