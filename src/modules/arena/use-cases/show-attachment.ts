import type { Deps } from "../../../platform/deps";
import { NotFound } from "../../../platform/errors/errors";
import { isUuid } from "../../../platform/ids";
import type { Actor } from "../../../platform/permissions/permissions";
import { findAttachment } from "../data/attachments";

export type { AttachmentItem } from "../data/attachments";

import { findDraft } from "../data/drafts";
import { findEntryById } from "../data/entries";
import { type AttachmentKind, kindOfType } from "../domain/attachments";

export interface ShownAttachment {
  kind: AttachmentKind;
  fileName: string;
  mediaType: string;
  content: Buffer;
  /** True for a submitted entry's file (the same for everyone), false for a draft's (its owner's only). */
  isPublic: boolean;
}

/**
 * The bytes of one attachment, for whoever may see them: a submitted entry's files are public unless
 * moderation hid the entry; a draft's files are its owner's only. Anything else is not found, so an
 * address reveals nothing of a file that is not shown.
 */
export async function showAttachment(deps: Deps, actor: Actor, id: string | undefined): Promise<ShownAttachment> {
  const db = deps.database.db;
  const row = isUuid(id) ? await findAttachment(db, id) : undefined;
  const kind = kindOfType(row?.mediaType);
  if (!row || !kind) throw new NotFound("arena.errors.attachmentNotFound");
  const file = { kind, fileName: row.fileName, mediaType: row.mediaType, content: row.content };
  if (row.entryId) {
    const entry = await findEntryById(db, row.entryId);
    if (entry && !entry.hiddenReason) return { ...file, isPublic: true };
  } else if (row.draftId && actor.kind === "user") {
    const draft = await findDraft(db, row.draftId, actor.id);
    if (draft) return { ...file, isPublic: false };
  }
  throw new NotFound("arena.errors.attachmentNotFound");
}
