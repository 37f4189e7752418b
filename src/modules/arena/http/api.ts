import { z } from "zod";
import { defineApiRoute } from "../../../platform/api/api";
import { paginated, paginationQuery } from "../../../platform/api/pagination";
import { clientAddress } from "../../../platform/http/client-address";
import { invocation } from "../../../platform/http/invocation";
import { loadCommentThread } from "../../comments";
import { entryKinds, resourceTypes } from "../domain/entry";
import { entryFilterQuery } from "../domain/inputs";
import { entryStates } from "../domain/workflow";
import { ENTRY_TYPE } from "../use-cases/entry-resource";
import { dailyOrderOf, listArenaEntries } from "../use-cases/list-entries";
import { entryNumberOf, showEntry } from "../use-cases/show-entry";
import { supportEntry, withdrawSupport } from "../use-cases/support-entry";

const entrySummary = z.object({
  id: z.string(),
  number: z.number().int(),
  kind: z.enum(entryKinds),
  state: z.enum(entryStates),
  title: z.string().nullable(),
  hidden: z.boolean(),
  actionFields: z.array(z.string()),
  districts: z.array(z.string()),
  offers: z.array(z.enum(resourceTypes)),
  needs: z.array(z.enum(resourceTypes)),
  supports: z.number().int(),
  comments: z.number().int(),
  createdAt: z.string(),
  stateChangedAt: z.string(),
  link: z.string(),
});

const comment = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  state: z.string(),
  author: z.string().nullable(),
  html: z.string(),
  createdAt: z.string(),
});

const entryDetail = entrySummary.extend({
  problem: z.string().nullable(),
  affected: z.string().nullable(),
  approach: z.string().nullable(),
  hiddenReason: z.string().nullable(),
  measure: z.string().nullable(),
  history: z.array(z.object({ state: z.enum(entryStates), explanation: z.string(), at: z.string() })),
  comments: z.array(comment),
});

type Summary = z.input<typeof entrySummary>;
const summaryOf = (e: {
  id: string;
  number: number;
  kind: string;
  state: string;
  title: string;
  hiddenReason: string | null;
  actionFieldIds: string[];
  districtIds: string[];
  offers: string[];
  needs: string[];
  supportCount: number;
  commentCount: number;
  createdAt: Date;
  stateChangedAt: Date;
}): Summary => ({
  id: e.id,
  number: e.number,
  kind: e.kind as Summary["kind"],
  state: e.state as Summary["state"],
  title: e.hiddenReason ? null : e.title,
  hidden: e.hiddenReason !== null,
  actionFields: e.actionFieldIds,
  districts: e.districtIds,
  offers: e.offers as Summary["offers"],
  needs: e.needs as Summary["needs"],
  supports: e.supportCount,
  comments: e.commentCount,
  createdAt: e.createdAt.toISOString(),
  stateChangedAt: e.stateChangedAt.toISOString(),
  link: `/arena/${e.number}`,
});

/** Flattens a comment thread (answers after the comment they answer). */
function flatten<T extends { replies: T[] }>(nodes: T[]): T[] {
  return nodes.flatMap((n) => [n, ...flatten(n.replies)]);
}

const supportAnswer = z.object({ number: z.number().int(), supported: z.boolean(), changed: z.boolean() });

export const arenaApi = [
  defineApiRoute({
    method: "get",
    path: "/api/v1/arena/entries",
    summary: "Arena entries, filtered and sorted as on the list page",
    tag: "arena",
    query: paginationQuery.extend(entryFilterQuery.shape),
    response: paginated(entrySummary),
    handler: async (c, { query }) => {
      const { page, pageSize, sort, ...filter } = query;
      const { items, total } = await listArenaEntries(c.get("deps"), {
        filter,
        sort,
        page: { page, pageSize },
        order: dailyOrderOf(c.get("state").user?.id ?? clientAddress(c), c.get("deps").clock()),
      });
      return { items: items.map(summaryOf), total, page, pageSize };
    },
  }),
  defineApiRoute({
    method: "get",
    path: "/api/v1/arena/entries/{id}",
    summary: "One Arena entry (by its number) with its history and comments",
    tag: "arena",
    response: entryDetail,
    errors: [404],
    handler: async (c, { params }) => {
      const deps = c.get("deps");
      const view = await showEntry(deps, params.id);
      const e = view.entry;
      const thread = await loadCommentThread(deps, { type: ENTRY_TYPE, id: e.id }, c.get("state").actor, "de");
      const hidden = e.hiddenReason !== null;
      return {
        ...summaryOf(e),
        problem: hidden ? null : e.problem,
        affected: hidden ? null : e.affected,
        approach: hidden ? null : e.approach,
        hiddenReason: e.hiddenReason,
        measure: e.measureSlug,
        history: view.history.map((h) => ({
          state: h.toState as Summary["state"],
          explanation: h.explanation,
          at: h.createdAt.toISOString(),
        })),
        comments: flatten(thread.roots).map((n) => ({
          id: n.comment.id,
          parentId: n.comment.parentId,
          state: n.comment.state,
          author: n.comment.authorName,
          html: n.comment.html,
          createdAt: n.comment.createdAt.toISOString(),
        })),
      };
    },
  }),
  defineApiRoute({
    method: "post",
    path: "/api/v1/arena/entries/{id}/supports",
    summary: "Support an entry (by its number) as the token's account; sending it again changes nothing",
    tag: "arena",
    auth: true,
    response: supportAnswer,
    errors: [401, 403, 404, 409],
    handler: async (c, { params }) => {
      const result = await supportEntry(c.get("deps"), invocation(c), { number: entryNumberOf(params.id) });
      return { number: result.number, supported: true, changed: result.changed };
    },
  }),
  defineApiRoute({
    method: "delete",
    path: "/api/v1/arena/entries/{id}/supports",
    summary: "Withdraw the token account's support of an entry (by its number); sending it again changes nothing",
    tag: "arena",
    auth: true,
    response: supportAnswer,
    errors: [401, 403, 404],
    handler: async (c, { params }) => {
      const result = await withdrawSupport(c.get("deps"), invocation(c), { number: entryNumberOf(params.id) });
      return { number: result.number, supported: false, changed: result.changed };
    },
  }),
];
