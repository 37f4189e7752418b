import { inArray } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import type { FieldIssue } from "../../../platform/errors/errors";
import { Invalid } from "../../../platform/errors/errors";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { actionFields, organisations, spatialLevels } from "../data/schema";
import { measureDetailsInput } from "./inputs";
import { measureResource, saveMeasureChange } from "./measure-change";

/** Refuses ids that name nothing in the catalogue, naming the field. */
export async function checkReferences(
  db: Executor,
  refs: { responsible?: string | null; involved?: string[]; actionFields?: string[]; spatialLevels?: string[] },
): Promise<void> {
  const issues: FieldIssue[] = [];
  const orgIds = [...(refs.responsible ? [refs.responsible] : []), ...(refs.involved ?? [])];
  const knownOrgs = new Set(
    orgIds.length
      ? (await db.select({ id: organisations.id }).from(organisations).where(inArray(organisations.id, orgIds))).map(
          (r) => r.id,
        )
      : [],
  );
  if (refs.responsible && !knownOrgs.has(refs.responsible))
    issues.push({ path: "responsible", message: "strategy.form.unknownOrganisation" });
  if ((refs.involved ?? []).some((id) => !knownOrgs.has(id)))
    issues.push({ path: "involved", message: "strategy.form.unknownOrganisation" });
  const fields = refs.actionFields ?? [];
  if (fields.length) {
    const known = new Set(
      (await db.select({ id: actionFields.id }).from(actionFields).where(inArray(actionFields.id, fields))).map(
        (r) => r.id,
      ),
    );
    if (fields.some((id) => !known.has(id)))
      issues.push({ path: "action_fields", message: "strategy.form.unknownActionField" });
  }
  const levels = refs.spatialLevels ?? [];
  if (levels.length) {
    const known = new Set(
      (await db.select({ id: spatialLevels.id }).from(spatialLevels).where(inArray(spatialLevels.id, levels))).map(
        (r) => r.id,
      ),
    );
    if (levels.some((id) => !known.has(id))) issues.push({ path: "spatial_levels", message: "strategy.form.choice" });
  }
  if (issues.length) throw new Invalid("errors.invalidInput", issues);
}

/** Type, organisations, places, period, action fields, resources, contact and links: the office only. */
export const editMeasureDetails = defineUseCase({
  action: "strategy.measure.edit",
  input: measureDetailsInput,
  resource: measureResource,
  run: (ctx, input) =>
    saveMeasureChange(ctx, input, "details", "strategy.measure.edit", async (current) => {
      await checkReferences(ctx.tx, {
        responsible: input.responsible,
        involved: input.involved,
        actionFields: input.action_fields,
        spatialLevels: input.spatial_levels,
      });
      return {
        ...current.content,
        type: input.type,
        pilot: input.pilot,
        origin: input.origin,
        originRef: input.origin_ref || null,
        responsibleOrganisationId: input.responsible,
        involvedOrganisationIds: [...new Set(input.involved)],
        cityWide: input.city_wide,
        districtIds: [...new Set(input.districts)],
        periodStart: input.period_start,
        periodEnd: input.period_end,
        periodNote: { de: input.period_note_de, en: input.period_note_en },
        actionFieldIds: [...new Set(input.action_fields)],
        spatialLevelIds: [...new Set(input.spatial_levels)],
        contactName: input.contact_name,
        contactEmail: input.contact_email,
        resources: input.resources.map((r) => ({
          amountEur: r.amount_eur,
          source: { de: r.source_de, en: r.source_en },
          fundingProgramme: r.funding_programme || null,
        })),
        links: input.links.map((l) => ({ url: l.url, label: { de: l.label_de, en: l.label_en } })),
      };
    }),
});
