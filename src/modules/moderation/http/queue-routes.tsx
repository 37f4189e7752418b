import type { Hono } from "hono";
import { pageQuery } from "../../../platform/api/pagination";
import { Conflict, Invalid } from "../../../platform/errors/errors";
import { fieldErrors, formValues } from "../../../platform/forms/forms";
import type { AppContext, AppEnv } from "../../../platform/http/env";
import { invocation } from "../../../platform/http/invocation";
import { requirePermission } from "../../../platform/permissions/require-permission";
import { pageContext } from "../../../ui/page-context";
import { blockPoster, unblockPoster } from "../use-cases/block";
import { dismissReports, hideResource, showResource } from "../use-cases/decide";
import { showBlocks, showHidden, showQueue } from "../use-cases/show-queue";
import { BlocksPage, type FailedDecision, HiddenPage, QueuePage } from "../views/queue";

const notices: Record<string, string> = {
  hidden: "moderation.hide.done",
  dismissed: "moderation.dismiss.done",
  shown: "moderation.show.done",
  blocked: "moderation.block.done",
  unblocked: "moderation.unblock.done",
};

const text = (value: unknown) => (typeof value === "string" ? value : "");

/** The moderators' pages: the queue of reports, hidden objects and blocked accounts, and their decisions. */
export function queueRoutes(app: Hono<AppEnv>): void {
  const queue = async (c: AppContext, failed?: FailedDecision) => {
    const p = pageQuery((name) => c.req.query(name));
    const page = pageContext(c);
    const { items, total } = await showQueue(c.get("deps"), c.get("state").actor, p, page.locale);
    return c.html(
      <QueuePage
        page={page}
        items={items}
        total={total}
        current={p.page}
        pageSize={p.pageSize}
        notice={notices[c.req.query("done") ?? ""]}
        failed={failed}
      />,
      failed ? 422 : 200,
    );
  };
  app.get("/moderation", (c) => queue(c));

  app.get("/moderation/hidden", async (c) => {
    const p = pageQuery((name) => c.req.query(name));
    const page = pageContext(c);
    const { items, total } = await showHidden(c.get("deps"), c.get("state").actor, p, page.locale);
    return c.html(
      <HiddenPage
        page={page}
        items={items}
        total={total}
        current={p.page}
        pageSize={p.pageSize}
        notice={notices[c.req.query("done") ?? ""]}
      />,
    );
  });

  const blocks = async (c: AppContext, failed?: FailedDecision) => {
    const list = await showBlocks(c.get("deps"), c.get("state").actor);
    return c.html(
      <BlocksPage page={pageContext(c)} blocks={list} notice={notices[c.req.query("done") ?? ""]} failed={failed} />,
      failed ? 422 : 200,
    );
  };
  app.get("/moderation/blocks", (c) => blocks(c));

  /** Reads the form only for moderators; a refused decision draws the queue again with the text kept. */
  const decision = (
    path: string,
    act: (c: AppContext, body: Record<string, string>) => Promise<unknown>,
    done: string,
    back: string | ((body: Record<string, string>) => string) = "/moderation",
  ) =>
    app.post(path, async (c) => {
      requirePermission(c.get("state").actor, "moderation.manage");
      const raw = await c.req.parseBody();
      const body = Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, text(value)]));
      try {
        await act(c, body);
      } catch (error) {
        // Sent twice (a double click): what the moderator wanted already holds.
        if (error instanceof Conflict)
          return c.redirect(`${typeof back === "string" ? back : back(body)}?done=${done}`, 303);
        if (!(error instanceof Invalid)) throw error;
        const failed = {
          resource: { type: body.type ?? "", id: body.id ?? "" },
          errors: fieldErrors(error.issues, pageContext(c).t),
          values: formValues(body),
        };
        // The block form of the list of blocked accounts names the account by its address.
        return body.email !== undefined ? blocks(c, failed) : queue(c, failed);
      }
      return c.redirect(`${typeof back === "string" ? back : back(body)}?done=${done}`, 303);
    });

  decision(
    "/moderation/hide",
    (c, body) =>
      hideResource(c.get("deps"), invocation(c), {
        type: body.type ?? "",
        id: body.id ?? "",
        reason: body.reason ?? "",
      }),
    "hidden",
  );
  decision(
    "/moderation/dismiss",
    (c, body) => dismissReports(c.get("deps"), invocation(c), { type: body.type ?? "", id: body.id ?? "" }),
    "dismissed",
  );
  decision(
    "/moderation/show",
    (c, body) => showResource(c.get("deps"), invocation(c), { type: body.type ?? "", id: body.id ?? "" }),
    "shown",
    "/moderation/hidden",
  );
  decision(
    "/moderation/blocks",
    (c, body) =>
      blockPoster(c.get("deps"), invocation(c), {
        accountId: body.accountId,
        email: body.email,
        reason: body.reason ?? "",
      }),
    "blocked",
    (body) => (body.email !== undefined ? "/moderation/blocks" : "/moderation"),
  );
  decision(
    "/moderation/blocks/:id/unblock",
    (c) => unblockPoster(c.get("deps"), invocation(c), { accountId: c.req.param("id") ?? "" }),
    "unblocked",
    "/moderation/blocks",
  );
}
