import type { Hono } from "hono";
import { Invalid } from "../../../platform/errors/errors";
import { limitText } from "../../../platform/http/body-limit";
import type { AppEnv } from "../../../platform/http/env";
import { invocation } from "../../../platform/http/invocation";
import { requirePermission } from "../../../platform/permissions/require-permission";
import {
  contentDisposition,
  DESCRIPTION_MAX,
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENTS,
  plainFileName,
} from "../domain/attachments";
import { attachFile } from "../use-cases/attach-file";
import { removeAttachment } from "../use-cases/remove-attachment";
import { showAttachment } from "../use-cases/show-attachment";
import { stepPage } from "./submit-routes";

/** The numbers the messages about files name. */
export const attachmentLimits = {
  limit: limitText(MAX_ATTACHMENT_BYTES),
  count: MAX_ATTACHMENTS,
  max: DESCRIPTION_MAX,
};

/**
 * Images and documents of an entry: added to and removed from a draft on its last step (plain forms,
 * no JavaScript needed), and served from one address that shows a submitted entry's files to
 * everyone and a draft's files only to its owner.
 */
export function attachmentRoutes(app: Hono<AppEnv>): void {
  app.post("/arena/drafts/:id/attachments", async (c) => {
    requirePermission(c.get("state").actor, "arena.submit");
    const draftId = c.req.param("id");
    const body = (await c.req.parseBody()) as Record<string, unknown>;
    const file = body.file instanceof File ? body.file : null;
    const description = typeof body.description === "string" ? body.description : "";
    try {
      await attachFile(c.get("deps"), invocation(c), {
        draftId,
        fileName: plainFileName(file?.name ?? ""),
        bytes: file ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array(),
        description,
      });
      return c.redirect(`/arena/drafts/${draftId}/review#attachments`, 303);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      const { t } = c.get("state");
      const errors: Record<string, string> = {};
      for (const issue of error.issues) {
        const field = issue.path === "file" || issue.path === "description" ? issue.path : "file";
        errors[field] ??= t(issue.message, attachmentLimits);
      }
      return stepPage(c, "review", { errors, body: { description } });
    }
  });

  app.post("/arena/drafts/:id/attachments/:attachmentId/delete", async (c) => {
    requirePermission(c.get("state").actor, "arena.submit");
    const draftId = c.req.param("id");
    await removeAttachment(c.get("deps"), invocation(c), { draftId, attachmentId: c.req.param("attachmentId") });
    return c.redirect(`/arena/drafts/${draftId}/review#attachments`, 303);
  });

  app.get("/arena/attachments/:attachmentId", async (c) => {
    const file = await showAttachment(c.get("deps"), c.get("state").actor, c.req.param("attachmentId"));
    // The bytes under an address never change. Browsers keep a public file long; shared caches ask
    // again within the hour, so a file of an entry that moderation hides soon stops being served.
    const cacheControl = file.isPublic ? "public, max-age=31536000, s-maxage=3600, immutable" : "private, no-cache";
    return c.body(new Uint8Array(file.content), 200, {
      "Content-Type": file.mediaType,
      "Content-Length": String(file.content.length),
      "Content-Disposition": contentDisposition(file.kind, file.fileName),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": cacheControl,
    });
  });
}
