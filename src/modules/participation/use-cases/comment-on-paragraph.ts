import { z } from "zod";
import type { Deps } from "../../../platform/deps";
import { Invalid, NotFound } from "../../../platform/errors/errors";
import { requirePermission } from "../../../platform/permissions/require-permission";
import type { Invocation } from "../../../platform/use-case/use-case";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { createComment } from "../../comments";
import { commentFacts, insertWording } from "../data/comment-extras";
import { latestDraft } from "../data/drafts";
import { paragraphByNumber } from "../data/paragraphs";
import { PARAGRAPH_TYPE } from "./paragraph-resource";
import { processOrNotFound, requireParticipation } from "./process-access";

/** As long as a comment may be: a paragraph rewritten, not a new chapter. */
export const MAX_WORDING_LENGTH = 5000;

const wordingInput = z.object({
  commentId: z.uuid(),
  paragraphId: z.uuid(),
  wording: z.string().trim().min(1).max(MAX_WORDING_LENGTH, { error: "participation.errors.wordingLong" }),
});

/** Stores the wording proposed with the resident's own comment on the paragraph. */
const storeWording = defineUseCase({
  action: "participation.comment",
  input: wordingInput,
  run: async ({ tx, actor }, input) => {
    const facts = await commentFacts(tx, input.commentId);
    const own = facts?.authorId !== null && actor.kind === "user" && facts?.authorId === actor.id;
    if (!facts || !own || facts.resourceType !== PARAGRAPH_TYPE || facts.resourceId !== input.paragraphId)
      throw new NotFound("comments.errors.notFound");
    await insertWording(tx, input);
    return {
      result: null,
      audit: { action: "participation.wording.propose", objectType: "comment", objectId: input.commentId },
    };
  },
});

export interface ParagraphCommentInput {
  slug: string;
  number: string;
  body: string;
  /** The paragraph's text as the form offered it, changed or not. */
  wording: string;
  submissionKey: string;
  language: "de" | "en";
  clientAddress: string;
}

const sameText = (a: string, b: string) => a.replace(/\s+/g, " ").trim() === b.replace(/\s+/g, " ").trim();

/**
 * A resident comments on a paragraph of the newest version, perhaps with a changed wording of it.
 * The wording counts only when it differs from the paragraph's text (the form offers that text to
 * start from); it is checked before the comment is written, so a refused wording stores nothing.
 */
export async function commentOnParagraph(deps: Deps, invocation: Invocation, input: ParagraphCommentInput) {
  const { actor } = invocation;
  requirePermission(actor, "participation.comment");
  const db = deps.database.db;
  const process = await processOrNotFound(db, input.slug);
  const draft = await latestDraft(db, process.id);
  const paragraph = draft ? await paragraphByNumber(db, draft.id, input.number) : null;
  if (!paragraph) throw new NotFound("participation.errors.paragraphNotFound");
  const now = deps.clock();
  await requireParticipation(db, actor, process, "comment", "participation.comment", now);
  const original = paragraph.text[input.language] || paragraph.text.de;
  const proposes = input.wording.trim() !== "" && !sameText(input.wording, original);
  if (proposes) {
    await requireParticipation(db, actor, process, "propose-wording", "participation.comment", now);
    if (input.wording.trim().length > MAX_WORDING_LENGTH)
      throw new Invalid("errors.invalidInput", [{ path: "wording", message: "participation.errors.wordingLong" }]);
  }
  const { id } = await createComment(deps, invocation, {
    resourceType: PARAGRAPH_TYPE,
    resourceId: paragraph.id,
    body: input.body,
    submissionKey: input.submissionKey,
    language: input.language,
    clientAddress: input.clientAddress,
  });
  if (proposes)
    await storeWording(deps, invocation, { commentId: id, paragraphId: paragraph.id, wording: input.wording });
  return { id };
}
