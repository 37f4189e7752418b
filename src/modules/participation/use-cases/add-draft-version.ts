import { z } from "zod";
import { Invalid, NotFound } from "../../../platform/errors/errors";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { notify } from "../../notifications";
import { insertDraft, latestDraft } from "../data/drafts";
import { insertParagraphs, paragraphsOfDraft } from "../data/paragraphs";
import { findProcessById } from "../data/processes";
import { MAX_DRAFT_BYTES, paragraphsOf, readDraft } from "../domain/draft-text";
import { firstNumberingMismatch, predecessorNumbers } from "../domain/draft-versions";
import { PROCESS_TYPE } from "../domain/stored-process";
import { textPath } from "./paragraph-resource";

export const MAX_CHANGE_NOTE_LENGTH = 2000;

/** The draft form's address and its largest body: both languages typed and uploaded, and the notes. */
export const DRAFT_UPLOAD = { path: "/participation/:slug/text/new", maxBytes: 4 * MAX_DRAFT_BYTES + 64 * 1024 };

/** Both languages of a draft must have the same numbering; the message names the first difference. */
export class NumberingMismatch extends Invalid {
  constructor(readonly number: string) {
    super("errors.invalidInput", [{ path: "markdownEn", message: "participation.errors.draftNumbering" }]);
  }
}

const note = z.string().trim().max(MAX_CHANGE_NOTE_LENGTH, { error: "participation.errors.changeNoteLong" });

export const draftVersionInput = z.object({
  processId: z.uuid({ error: "participation.errors.notFound" }),
  // Characters, not bytes: readDraft counts the bytes and says so in its own words.
  markdownDe: z.string().max(MAX_DRAFT_BYTES * 2, { error: "participation.errors.draftLarge" }),
  markdownEn: z.string().max(MAX_DRAFT_BYTES * 2, { error: "participation.errors.draftLarge" }),
  changeNoteDe: note.default(""),
  changeNoteEn: note.default(""),
});

function readOrRefuse(markdown: string, path: "markdownDe" | "markdownEn") {
  const reading = readDraft(markdown);
  if (!reading.ok) throw new Invalid("errors.invalidInput", [{ path, message: reading.message }]);
  return reading.sections;
}

/**
 * The office stores a new version of a process's draft in both languages. Its paragraphs become rows
 * residents comment on; each names the paragraph of the version before that it continues, so the
 * comments made there stay with it. The process's followers hear of the new version.
 */
export const addDraftVersion = defineUseCase({
  action: "participation.manage",
  input: draftVersionInput,
  run: async (ctx, input) => {
    const { tx, actor, now } = ctx;
    const process = await findProcessById(tx, input.processId);
    if (!process) throw new NotFound("participation.errors.notFound");
    const de = readOrRefuse(input.markdownDe, "markdownDe");
    const en = readOrRefuse(input.markdownEn, "markdownEn");
    const mismatch = firstNumberingMismatch(de, en);
    if (mismatch !== null) throw new NumberingMismatch(mismatch);
    const before = await latestDraft(tx, process.id);
    const version = (before?.version ?? 0) + 1;
    const changeNote =
      input.changeNoteDe || input.changeNoteEn ? { de: input.changeNoteDe, en: input.changeNoteEn } : null;
    const draftId = await insertDraft(tx, {
      processId: process.id,
      version,
      markdown: { de: input.markdownDe, en: input.markdownEn },
      sections: { de, en },
      changeNote,
      createdBy: actor.kind === "user" ? actor.id : null,
      createdAt: now,
    });
    // The German text decides which paragraph continues which (both languages are numbered alike).
    const predecessors = before ? predecessorNumbers(before.sections.de, de) : new Map<string, string>();
    const idOfNumber = new Map(before ? (await paragraphsOfDraft(tx, before.id)).map((p) => [p.number, p.id]) : []);
    const english = new Map(paragraphsOf(en).map((p) => [p.number, p.markdown]));
    await insertParagraphs(
      tx,
      paragraphsOf(de).map((paragraph, position) => {
        const predecessor = predecessors.get(paragraph.number);
        return {
          draftId,
          position,
          number: paragraph.number,
          text: { de: paragraph.markdown, en: english.get(paragraph.number) ?? "" },
          predecessorId: predecessor ? (idOfNumber.get(predecessor) ?? null) : null,
        };
      }),
    );
    await notify(ctx, {
      resource: { type: PROCESS_TYPE, id: process.id },
      messageKey: "participation.notification.newDraftVersion",
      params: { title: process.title.de, version: String(version) },
      href: `${textPath(process.slug)}?version=${version}`,
      followers: true,
      exceptAccountId: actor.kind === "user" ? actor.id : null,
    });
    return {
      result: { version, slug: process.slug },
      audit: {
        action: "participation.draft.version",
        objectType: PROCESS_TYPE,
        objectId: process.id,
        after: { version, paragraphs: paragraphsOf(de).length },
      },
    };
  },
});
