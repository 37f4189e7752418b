import { z } from "zod";
import { Invalid, NotFound } from "../../../platform/errors/errors";
import { detectedType, reencodeImage, STORED_IMAGE_TYPE } from "../../../platform/uploads/images";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { assertMayPost } from "../../moderation";
import { countDraftAttachments, insertAttachment } from "../data/attachments";
import { findDraft } from "../data/drafts";
import {
  type AttachmentKind,
  descriptionRefusal,
  downloadFileName,
  kindOfType,
  uploadRefusal,
} from "../domain/attachments";
import { accountId } from "./account";

/** A mistake in the upload form, shown beside the file field or the description. */
function refuse(field: "file" | "description", message: string): never {
  throw new Invalid("errors.invalidInput", [{ path: field, message }]);
}

/** The file as it is stored: its kind, type and bytes; refused when its content is not taken. */
async function checkedContent(
  bytes: Uint8Array,
): Promise<{ kind: AttachmentKind; mediaType: string; content: Buffer }> {
  // The type comes from the bytes; the name and the type the browser sent are not looked at.
  // Images follow the platform's rule (src/platform/uploads/images.ts): re-encoded, no metadata.
  const detected = await detectedType(bytes);
  const kind = kindOfType(detected);
  if (!kind || !detected) return refuse("file", "arena.errors.attachmentType");
  if (kind === "document") return { kind, mediaType: detected, content: Buffer.from(bytes) };
  try {
    return { kind, mediaType: STORED_IMAGE_TYPE, content: await reencodeImage(bytes) };
  } catch {
    // A broken image, or one with far too many pixels.
    return refuse("file", "arena.errors.attachmentUnreadable");
  }
}

/**
 * Adds an image or a PDF to the account's own draft. The file's type is read from its content;
 * images are re-encoded without metadata and need a short description (their text alternative).
 * The draft is locked while the file is checked, so two uploads at once cannot pass the limit.
 */
export const attachFile = defineUseCase({
  action: "arena.submit",
  input: z.object({
    draftId: z.uuid({ error: "arena.errors.draftNotFound" }),
    fileName: z.string().max(1000),
    bytes: z.instanceof(Uint8Array),
    description: z.string().max(2000).default(""),
  }),
  run: async (ctx, input) => {
    const { tx, now } = ctx;
    await assertMayPost(tx, ctx.actor);
    const draft = await findDraft(tx, input.draftId, accountId(ctx.actor), true);
    if (!draft || draft.entryId) throw new NotFound("arena.errors.draftNotFound");
    const refusal = uploadRefusal(input.bytes.length, await countDraftAttachments(tx, draft.id));
    if (refusal) refuse("file", refusal);
    const { kind, mediaType, content } = await checkedContent(input.bytes);
    const description = input.description.trim();
    const descriptionIssue = descriptionRefusal(kind, description);
    if (descriptionIssue) refuse("description", descriptionIssue);
    const fileName = downloadFileName(input.fileName, mediaType);
    const id = await insertAttachment(tx, { draftId: draft.id, fileName, mediaType, content, description, now });
    return {
      result: { id },
      audit: {
        action: "arena.attachment.add",
        objectType: "arena_draft",
        objectId: draft.id,
        after: { attachment: id, mediaType, size: content.length },
      },
    };
  },
});
