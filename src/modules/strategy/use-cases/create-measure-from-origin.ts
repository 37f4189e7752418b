import { Forbidden } from "../../../platform/errors/errors";
import { grantScopedRole } from "../../../platform/identity/grants";
import { can } from "../../../platform/permissions/permissions";
import type { UseCaseContext } from "../../../platform/use-case/use-case";
import { checkReferences } from "../data/catalogue";
import { insertNewMeasure, nextFreeSlug } from "../data/measures";
import { type MeasureFromOriginInput, measureFromOriginInput } from "../domain/inputs";
import { blankContent, type MeasureContent } from "../domain/model";
import { slugForTitle, summaryOf } from "../domain/vocabulary";

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
    team: input.team.map((member) => ({
      name: member.name,
      organisationId: null,
      role: { de: "Ideengeber:in", en: "Originator" },
      responsibility: { de: "", en: "" },
      shareOfTime: null,
    })),
  };
  await insertNewMeasure(ctx.tx, { slug, content, actor: ctx.actor, now: ctx.now });
  // The originators edit the measure's texts and team like any team member.
  for (const member of input.team)
    await grantScopedRole(ctx.tx, {
      userId: member.accountId,
      role: "team_member",
      scopeType: "measure",
      scopeId: slug,
      grantedBy: ctx.actor.kind === "user" ? ctx.actor.id : null,
    });
  return { slug };
}
