import { z } from "zod";
import { Invalid, NotFound } from "../../../platform/errors/errors";
import { openIdeaCalls } from "../../../platform/idea-calls/idea-calls";
import type { Actor } from "../../../platform/permissions/permissions";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { compassValueChoices } from "../../strategy";
import { findDraft, saveDraft } from "../data/drafts";
import type { DraftContent, EntryContent } from "../domain/entry";
import {
  approachStep,
  compassAnswerInput,
  ideaCallChoice,
  offersStep,
  placeStep,
  problemStep,
  submissionSteps,
} from "../domain/inputs";
import { accountId } from "./account";
import { checkReferences } from "./check-content";

/**
 * Saves one step of a submission into the draft, checked by that step's rules, and says which step
 * comes next. Every step is saved on the server, so a draft survives signing out and an expired
 * session. Going back saves too, by the same rules: a step with a mistake is shown again with its
 * text and the message, never dropped.
 */
export const saveDraftStep = defineUseCase({
  action: "arena.submit",
  input: z.object({
    draftId: z.uuid({ error: "arena.errors.draftNotFound" }),
    step: z.enum(submissionSteps),
    fields: z.record(z.string(), z.unknown()),
    language: z.enum(["de", "en"]).default("de"),
  }),
  run: async (ctx, input) => {
    const draft = await findDraft(ctx.tx, input.draftId, accountId(ctx.actor), true);
    if (!draft) throw new NotFound("arena.errors.draftNotFound");
    const part = await stepContent(ctx.tx, ctx.deps.city, input.step, input.fields);
    // The step "Thema und Ort" also says which call for ideas the entry is meant for, if any.
    const call = input.step === "place" ? { ideaCall: await chosenCall(ctx, input.fields) } : {};
    const content: DraftContent = { ...draft.content, ...part, ...call, language: input.language };
    const index = submissionSteps.indexOf(input.step);
    const step = Math.max(draft.step, Math.min(index + 2, submissionSteps.length));
    await saveDraft(ctx.tx, draft.id, { content, step, now: ctx.now });
    return {
      result: { next: submissionSteps[Math.min(index + 1, submissionSteps.length - 1)] ?? "review" },
      audit: { action: "arena.draft.save", objectType: "arena_draft", objectId: draft.id, after: { step: input.step } },
    };
  },
});

/**
 * The call for ideas chosen on the step (empty: none, also when no call was offered); a call that
 * is not open for the author (any more) is refused by name of the field.
 */
async function chosenCall(
  ctx: { tx: Parameters<typeof openIdeaCalls>[0]; actor: Actor; now: Date },
  fields: Record<string, unknown>,
): Promise<string> {
  const { ideaCall } = check(ideaCallChoice, { ideaCall: fields.ideaCall ?? "" });
  if (!ideaCall) return "";
  const open = await openIdeaCalls(ctx.tx, ctx.actor, "de", ctx.now);
  if (!open.some((call) => call.key === ideaCall))
    throw new Invalid("errors.invalidInput", [{ path: "ideaCall", message: "arena.errors.ideaCallClosed" }]);
  return ideaCall;
}

function check<S extends z.ZodType>(schema: S, fields: Record<string, unknown>): z.output<S> {
  const parsed = schema.safeParse(fields);
  if (parsed.success) return parsed.data;
  throw new Invalid(
    "errors.invalidInput",
    parsed.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message })),
  );
}

export async function stepContent(
  db: Parameters<typeof checkReferences>[0],
  city: Parameters<typeof checkReferences>[1],
  step: (typeof submissionSteps)[number],
  fields: Record<string, unknown>,
): Promise<Partial<EntryContent>> {
  switch (step) {
    case "problem":
      return check(problemStep, fields);
    case "approach":
      return check(approachStep, fields);
    case "place": {
      const place = check(placeStep, fields);
      const districtIds = place.scope === "city" ? [] : place.districtIds;
      if (place.scope === "districts" && districtIds.length === 0)
        throw new Invalid("errors.invalidInput", [{ path: "districtIds", message: "arena.errors.districts" }]);
      await checkReferences(db, city, { actionFieldIds: place.actionFieldIds, districtIds, compass: {} });
      return { actionFieldIds: place.actionFieldIds, districtIds };
    }
    case "compass": {
      // One score and one sentence per value of the strategy's compass: `score.<id>`, `reason.<id>`.
      const compass: EntryContent["compass"] = {};
      const issues: { path: string; message: string }[] = [];
      for (const value of await compassValueChoices(db, "de")) {
        const parsed = compassAnswerInput.safeParse({
          score: fields[`score.${value.id}`] ?? 0,
          reason: fields[`reason.${value.id}`] ?? "",
        });
        if (parsed.success) compass[value.id] = parsed.data;
        else
          for (const issue of parsed.error.issues)
            issues.push({ path: `${String(issue.path[0])}.${value.id}`, message: issue.message });
      }
      if (issues.length > 0) throw new Invalid("errors.invalidInput", issues);
      return { compass };
    }
    case "offers":
      return check(offersStep, fields);
    default:
      return {};
  }
}

/** A whole entry from one form with the fields of every step (the author's edit page). */
export async function contentFromFields(
  db: Parameters<typeof checkReferences>[0],
  city: Parameters<typeof checkReferences>[1],
  fields: Record<string, unknown>,
): Promise<Omit<EntryContent, "language">> {
  const parts: Partial<EntryContent>[] = [];
  const issues: { path: string; message: string }[] = [];
  for (const step of submissionSteps.filter((s) => s !== "review")) {
    try {
      parts.push(await stepContent(db, city, step, fields));
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      issues.push(...error.issues);
    }
  }
  if (issues.length > 0) throw new Invalid("errors.invalidInput", issues);
  return Object.assign({}, ...parts) as Omit<EntryContent, "language">;
}
