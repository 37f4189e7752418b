import { createHash } from "node:crypto";

/** Within this time after writing, the author corrects a comment freely; later edits keep the earlier text. */
export const FREE_EDIT_MS = 15 * 60 * 1000;

/** Whether an edit at `now` keeps the text it replaces as an earlier version (and marks the comment edited). */
export function editKeepsVersion(createdAt: Date, now: Date): boolean {
  return now.getTime() - createdAt.getTime() > FREE_EDIT_MS;
}

/**
 * The key a comment is stored under for its author: the page's one-time form key and a digest of the
 * comment answered and the text. The same form sent twice stores one comment; another text, or the
 * same words under another comment, sent from the same page is a new comment, not a repetition.
 */
export function submissionKeyOf(formKey: string, parentId: string | null, body: string): string {
  const digest = createHash("sha256")
    .update(`${parentId ?? ""}\n${body.trim()}`)
    .digest("base64url")
    .slice(0, 22);
  return `${formKey}:${digest}`;
}

/** How a comment shows: its text, a stub where its author deleted it, or the moderation's public reason. */
export type CommentState = "visible" | "deleted" | "hidden";

export function stateOf(comment: { deletedAt: Date | null; hiddenAt: Date | null }): CommentState {
  if (comment.deletedAt) return "deleted";
  if (comment.hiddenAt) return "hidden";
  return "visible";
}
