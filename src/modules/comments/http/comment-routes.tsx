import type { Hono } from "hono";
import { AppError, Invalid, TooManyRequests, Unauthenticated } from "../../../platform/errors/errors";
import { clientAddress } from "../../../platform/http/client-address";
import type { AppContext, AppEnv } from "../../../platform/http/env";
import { invocation } from "../../../platform/http/invocation";
import { requirePermission } from "../../../platform/permissions/require-permission";
import { newToken } from "../../../platform/security/tokens";
import { pageContext } from "../../../ui/page-context";
import { isHoneypotFilled } from "../../moderation";
import { deleteComment, editComment } from "../use-cases/change-comment";
import { commentTarget } from "../use-cases/commented-resource";
import { createComment } from "../use-cases/create-comment";
import { commentLink, showEditForm, showVersions } from "../use-cases/show-comment";
import { CommentFormPage, EditPage, VersionsPage } from "../views/pages";

const text = (value: unknown) => (typeof value === "string" ? value : "");

/** A refusal to draw beside the kept text; signing in and missing pages go to the error page. */
function keepable(error: unknown): error is AppError {
  return error instanceof AppError && !(error instanceof Unauthenticated) && error.status !== 404;
}

function messageOf(c: AppContext, error: AppError): string {
  const { t } = c.get("state");
  const issue = error instanceof Invalid ? error.issues[0] : undefined;
  if (error instanceof TooManyRequests) c.header("Retry-After", String(error.retryAfterSeconds));
  return t(issue?.message ?? error.message);
}

/** Writing, editing, deleting a comment, its own address and reading its earlier versions. */
export function commentRoutes(app: Hono<AppEnv>): void {
  app.post("/comments", async (c) => {
    // Permission first: a guest is asked to sign in before a single field is read.
    requirePermission(c.get("state").actor, "comments.write");
    const deps = c.get("deps");
    const page = pageContext(c);
    const body = await c.req.parseBody();
    const sentKey = text(body.submissionKey);
    const fields = {
      resourceType: text(body.resourceType),
      resourceId: text(body.resourceId),
      parentId: text(body.parentId) || undefined,
      body: text(body.body),
      submissionKey: sentKey,
    };
    const again = async (message: string, status: 400 | 403 | 409 | 422 | 429) =>
      c.html(
        <CommentFormPage
          page={page}
          resource={{ type: fields.resourceType, id: fields.resourceId }}
          // The key as sent, so sending the kept text again still cannot store it twice.
          formKey={/^[A-Za-z0-9_-]{8,64}$/.test(sentKey) ? sentKey : newToken(deps.random, 16)}
          parentId={fields.parentId}
          body={fields.body}
          message={message}
          back={await commentTarget(deps.database.db, fields.resourceType, fields.resourceId, page.locale)}
        />,
        status,
      );
    // Filled by a program: nothing is stored, and the answer does not say why.
    if (isHoneypotFilled(body)) return again(page.t("moderation.honeypot.refused"), 400);
    try {
      const { id } = await createComment(deps, invocation(c), {
        ...fields,
        language: page.locale,
        clientAddress: clientAddress(c),
      });
      return c.redirect(await commentLink(deps, id, page.locale), 303);
    } catch (error) {
      if (!keepable(error)) throw error;
      return again(messageOf(c, error), error.status as 400 | 403 | 409 | 422 | 429);
    }
  });

  app.get("/comments/:id/edit", async (c) => {
    const comment = await showEditForm(c.get("deps"), c.get("state").actor, c.req.param("id"));
    return c.html(<EditPage page={pageContext(c)} comment={comment} />);
  });

  app.post("/comments/:id/edit", async (c) => {
    requirePermission(c.get("state").actor, "comments.write");
    const deps = c.get("deps");
    const id = c.req.param("id");
    const body = text((await c.req.parseBody()).body);
    try {
      await editComment(deps, invocation(c), { id, body });
      return c.redirect(await commentLink(deps, id, c.get("state").locale), 303);
    } catch (error) {
      if (!keepable(error)) throw error;
      // Drawn only for the author: the form's data is read again with the same checks as the page.
      const comment = await showEditForm(deps, c.get("state").actor, id);
      const message = messageOf(c, error);
      return c.html(
        <EditPage page={pageContext(c)} comment={comment} errors={{ body: message }} body={body} />,
        error.status as 400,
      );
    }
  });

  app.post("/comments/:id/delete", async (c) => {
    requirePermission(c.get("state").actor, "comments.write");
    const deps = c.get("deps");
    const { id } = await deleteComment(deps, invocation(c), { id: c.req.param("id") });
    return c.redirect(await commentLink(deps, id, c.get("state").locale), 303);
  });

  // A comment's own address, as notifications and the moderation link it: the object's page on the
  // page of the thread that holds the comment, so the link stays right however long the thread grows.
  app.get("/comments/:id", async (c) => {
    return c.redirect(await commentLink(c.get("deps"), c.req.param("id"), c.get("state").locale), 302);
  });

  app.get("/comments/:id/versions", async (c) => {
    const page = pageContext(c);
    const comment = await showVersions(c.get("deps"), c.req.param("id"), page.locale);
    return c.html(<VersionsPage page={page} comment={comment} />);
  });
}
