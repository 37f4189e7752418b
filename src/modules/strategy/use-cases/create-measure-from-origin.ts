import { z } from "zod";
import type { Executor } from "../../../platform/db/database";
import { Forbidden } from "../../../platform/errors/errors";
import type { Locale } from "../../../platform/i18n/i18n";
import { can } from "../../../platform/permissions/permissions";
import { districtKeys } from "../../../platform/reference-data";
import type { UseCaseContext } from "../../../platform/use-case/use-case";
import { loadReference } from "../data/catalogue";
import { blankContent, type MeasureContent, measureTypes, pick } from "../domain/model";
import { checkReferences } from "./edit-measure-details";
import { insertNewMeasure, nextFreeSlug, slugForTitle } from "./new-measure";

export const measureFromOriginInput = z.object({
  /** Where the measure came from (not `strategy`: that is the catalogue's own). */
  origin: z.enum(["arena", "budget"]),
  /** A path on this platform that leads back to the origin, e.g. `/budgets/x/results#project-…`. */
  originRef: z.string().regex(/^\/(?![/\\])[^\s\\]{1,299}$/),
  title: z.string().trim().min(1, "strategy.form.required").max(200, "strategy.form.tooLong"),
  description: z.string().trim().max(20_000, "strategy.form.tooLong"),
  type: z.enum(measureTypes),
  /** District keys; none means city-wide. */
  districts: z.array(z.enum(districtKeys)).max(12),
  /** Money that comes with the measure, with its source (e.g. the budget's title). */
  resource: z.object({ amountEur: z.number().int().min(0), source: z.string().trim().max(300) }).nullable(),
  actionFields: z.array(z.string().trim().min(1).max(100)).min(1, "strategy.form.required").max(50),
});
export type MeasureFromOriginInput = z.input<typeof measureFromOriginInput>;

/** A short summary from a long text: whole words, at most 600 characters. */
function summaryOf(text: string): string {
  if (text.length <= 600) return text;
  const cut = text.slice(0, 599);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 400))}…`;
}

/**
 * Creates a measure that came from another module (a funded budget project, an arena entry). It
 * runs inside the calling module's use case, in its transaction, so that the measure and the
 * caller's link to it are written together or not at all; the caller records the audit entry.
 * The measure's first version names the actor, as for a measure created on its own.
 */
export async function createMeasureFromOrigin(
  ctx: Pick<UseCaseContext, "tx" | "actor" | "now">,
  raw: MeasureFromOriginInput,
): Promise<{ slug: string }> {
  if (!can(ctx.actor, "strategy.measure.create")) throw new Forbidden("errors.forbidden");
  const input = measureFromOriginInput.parse(raw);
  await checkReferences(ctx.tx, { actionFields: input.actionFields });
  const slug = await nextFreeSlug(ctx.tx, slugForTitle(input.title));
  const content: MeasureContent = {
    ...blankContent(),
    title: { de: input.title, en: "" },
    summary: { de: summaryOf(input.description), en: "" },
    description: { de: input.description, en: "" },
    type: input.type,
    status: "planned",
    origin: input.origin,
    originRef: input.originRef,
    cityWide: input.districts.length === 0,
    districtIds: [...new Set(input.districts)],
    actionFieldIds: [...new Set(input.actionFields)],
    resources: input.resource
      ? [{ amountEur: input.resource.amountEur, source: { de: input.resource.source, en: "" }, fundingProgramme: null }]
      : [],
  };
  await insertNewMeasure(ctx.tx, { slug, content, actor: ctx.actor, now: ctx.now });
  return { slug };
}

/** The action fields a new measure may belong to, for a form outside the catalogue. */
export async function actionFieldChoices(db: Executor, locale: Locale): Promise<Array<{ id: string; label: string }>> {
  const { actionFields } = await loadReference(db);
  return actionFields.map((f) => ({ id: f.id, label: `${f.id} – ${pick(f.name, locale)}` }));
}
