import type { Hono } from "hono";
import { requestCounters } from "../../../platform/cache/change-counters";
import { Invalid } from "../../../platform/errors/errors";
import { fieldErrors, formValues } from "../../../platform/forms/forms";
import { clientAddress } from "../../../platform/http/client-address";
import type { AppContext, AppEnv } from "../../../platform/http/env";
import { invocation } from "../../../platform/http/invocation";
import { cachedPage } from "../../../platform/http/page-cache";
import { requirePermission } from "../../../platform/permissions/require-permission";
import { pageContext } from "../../../ui/page-context";
import { loadCommentThread, loadSharedCommentThread, ownThreadParts } from "../../comments";
import { acceptAsMeasure } from "../use-cases/accept-as-measure";
import { answerCollaboration } from "../use-cases/answer-collaboration";
import { changeEntryState } from "../use-cases/change-state";
import { entryIdsOfNumbers } from "../use-cases/entry-numbers";
import { acceptsComments, ENTRY_TYPE } from "../use-cases/entry-resource";
import { entryFormChoices } from "../use-cases/form-choices";
import { formConsortium } from "../use-cases/form-consortium";
import { COUNTS_MAX_AGE_MS } from "../use-cases/list-entries";
import { offerCollaboration } from "../use-cases/offer-collaboration";
import {
  entryIdByNumber,
  entryNumberOf,
  isAuthorOf,
  readerOf,
  sharedViewerOf,
  showEntry,
  viewerOf,
} from "../use-cases/show-entry";
import { supportEntry, withdrawSupport } from "../use-cases/support-entry";
import { EntryPage, ownEntryParts } from "../views/entry-page";

type SentForm = { name: string; errors: Record<string, string>; values: Record<string, string> };

/** The entry page, for everyone, with a form of it sent back with its mistakes when there were some. */
async function entryPage(c: AppContext, form?: SentForm) {
  const deps = c.get("deps");
  const page = pageContext(c);
  const { actor } = c.get("state");
  // After the reader's own action (a note in the address) or with their form, the entry is read
  // afresh, so the count they just moved is right.
  const fresh = form !== undefined || c.req.query("done") !== undefined;
  const counters = await requestCounters(c);
  const view = await showEntry(deps, c.req.param("number"), { fresh, counters });
  const resource = { type: ENTRY_TYPE, id: view.entry.id };
  const [viewer, thread, { actionFields, compassValues }] = await Promise.all([
    viewerOf(deps, actor, view),
    // The entry was just read: the thread need not ask for its title and whether it is open.
    loadCommentThread(deps, resource, actor, page.locale, {
      object: { title: view.entry.title, acceptsComments: acceptsComments(view.entry) },
      counters,
    }),
    entryFormChoices(deps, page.locale, counters),
  ]);
  return c.html(
    <EntryPage
      page={page}
      view={view}
      viewer={viewer}
      thread={thread}
      actionFields={actionFields}
      compassValues={compassValues}
      form={form}
      notice={c.req.query("done")}
    />,
    form ? 422 : 200,
  );
}

/**
 * The page of a signed-in reader who did not write the entry. It is drawn once for everyone with the
 * same rights, language, address and right to write comments, as for a reader who has done nothing
 * on the entry yet; each answer puts in the reader's own support, follow and offer (one query) and
 * the links of their own comments and their form key (from the kept thread). The authors' page, which
 * shows the offers with their messages and the team's addresses, is made for them alone.
 */
async function readerEntryPage(c: AppContext) {
  const deps = c.get("deps");
  const { actor, locale } = c.get("state");
  const counters = await requestCounters(c);
  const view = await showEntry(deps, c.req.param("number"), { counters });
  if (isAuthorOf(actor, view.entry)) return entryPage(c);
  const [reader, { thread, reader: commentReader }] = await Promise.all([
    readerOf(deps, actor, view.entry),
    loadSharedCommentThread(deps, { type: ENTRY_TYPE, id: view.entry.id }, actor, locale, {
      object: { title: view.entry.title, acceptsComments: acceptsComments(view.entry) },
      counters,
    }),
  ]);
  const { arena, comments, moderation, catalogue, identity, workshops } = counters;
  return cachedPage(
    c,
    {
      scope: `arena-entry-reader ${thread.refusal ?? "may-write"}`,
      version: `${arena}.${comments}.${moderation}.${catalogue}.${identity}.${workshops}`,
      maxAgeMs: COUNTS_MAX_AGE_MS,
      ownParts: () => {
        const page = pageContext(c);
        return { ...ownEntryParts(page, view, reader), ...ownThreadParts(page, thread, commentReader) };
      },
    },
    async () => {
      // Made for a neutral reader with these rights (see cachedPage).
      const page = pageContext(c);
      const { actionFields, compassValues } = await entryFormChoices(deps, page.locale, counters);
      const viewer = sharedViewerOf(c.get("state").actor, view);
      return c.html(
        <EntryPage
          page={page}
          view={view}
          viewer={viewer}
          thread={thread}
          actionFields={actionFields}
          compassValues={compassValues}
        />,
      );
    },
  );
}

/**
 * Runs a form of the entry page. A mistake shows the page again with the form's messages and its
 * text kept; success goes back to the entry with a note of what was done.
 */
export async function entryForm(
  c: AppContext,
  name: string,
  run: (body: Record<string, unknown>) => Promise<{ number: number; to?: string }>,
  done: string,
) {
  const body = (await c.req.parseBody()) as Record<string, unknown>;
  try {
    const result = await run(body);
    return c.redirect(result.to ?? `/arena/${result.number}?done=${done}`, 303);
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    const { t } = c.get("state");
    const errors = error.issues.length > 0 ? fieldErrors(error.issues, t) : { form: t(error.message) };
    return entryPage(c, { name, errors, values: formValues(body) });
  }
}

/** Reads the entry's id from its number in the address, for the forms that act on it. */
async function entryIdOf(c: AppContext): Promise<string> {
  return entryIdByNumber(c.get("deps"), c.req.param("number"));
}

export function entryRoutes(app: Hono<AppEnv>): void {
  // Visitors share one kept page per version of the arena, its comments and their moderation;
  // signed-in readers share one per rights with their own parts put in (readerEntryPage), except
  // on the answer to their own action, which reads the entry afresh so the count they moved is right.
  app.get("/arena/:number", async (c) => {
    if (c.get("state").user) return c.req.query("done") === undefined ? readerEntryPage(c) : entryPage(c);
    const counters = await requestCounters(c);
    return cachedPage(
      c,
      {
        scope: "arena-entry",
        version: `${counters.arena}.${counters.comments}.${counters.moderation}.${counters.catalogue}.${counters.workshops}`,
        maxAgeMs: COUNTS_MAX_AGE_MS,
      },
      () => entryPage(c),
    );
  });

  app.post("/arena/:number/support", async (c) => {
    requirePermission(c.get("state").actor, "arena.support");
    const result = await supportEntry(c.get("deps"), invocation(c), { number: entryNumberOf(c.req.param("number")) });
    return c.redirect(`/arena/${result.number}?done=supported#support-heading`, 303);
  });
  app.post("/arena/:number/unsupport", async (c) => {
    requirePermission(c.get("state").actor, "arena.support");
    const result = await withdrawSupport(c.get("deps"), invocation(c), {
      number: entryNumberOf(c.req.param("number")),
    });
    return c.redirect(`/arena/${result.number}?done=unsupported#support-heading`, 303);
  });

  app.post("/arena/:number/collaborate", async (c) => {
    requirePermission(c.get("state").actor, "arena.collaborate");
    const entryId = await entryIdOf(c);
    return entryForm(
      c,
      "collaborate",
      (body) =>
        offerCollaboration(c.get("deps"), invocation(c), {
          entryId,
          message: String(body.message ?? ""),
          clientAddress: clientAddress(c),
        }),
      "offered",
    );
  });
  app.post("/arena/:number/collaborations/:id", async (c) => {
    requirePermission(c.get("state").actor, "arena.collaborate");
    const body = await c.req.parseBody();
    const result = await answerCollaboration(c.get("deps"), invocation(c), {
      collaborationId: c.req.param("id"),
      answer: String(body.answer ?? "") as "accept" | "decline",
    });
    return c.redirect(`/arena/${result.number}?done=${result.status}#team-heading`, 303);
  });

  app.post("/arena/:number/state", async (c) => {
    requirePermission(c.get("state").actor, "arena.manage");
    const entryId = await entryIdOf(c);
    return entryForm(
      c,
      "state",
      (body) =>
        changeEntryState(c.get("deps"), invocation(c), {
          entryId,
          to: String(body.to ?? "") as "qualification",
          explanation: String(body.explanation ?? ""),
        }),
      "state",
    );
  });
  app.post("/arena/:number/accept", async (c) => {
    requirePermission(c.get("state").actor, "arena.manage");
    const entryId = await entryIdOf(c);
    return entryForm(
      c,
      "accept",
      async (body) => {
        const result = await acceptAsMeasure(c.get("deps"), invocation(c), {
          entryId,
          type: String(body.type ?? "") as "central",
          explanation: String(body.decision ?? ""),
        });
        return result;
      },
      "measure",
    );
  });
  app.post("/arena/:number/consortium", async (c) => {
    requirePermission(c.get("state").actor, "arena.manage");
    const entryId = await entryIdOf(c);
    return entryForm(
      c,
      "consortium",
      async (body) => {
        const others = await entryIdsOfNumbers(c.get("deps"), String(body.others ?? ""));
        const result = await formConsortium(c.get("deps"), invocation(c), {
          entryIds: [entryId, ...others],
          name: String(body.name ?? ""),
          description: String(body.description ?? ""),
        });
        return { number: 0, to: `/arena/consortia/${result.number}` };
      },
      "consortium",
    );
  });
}
