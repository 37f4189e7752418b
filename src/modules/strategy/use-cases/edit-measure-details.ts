import type { Deps } from "../../../platform/deps";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { checkReferences } from "../data/catalogue";
import { saveMeasureChange } from "../data/measure-changes";
import { measureDetailsInputFor } from "../domain/inputs";
import { measureResource } from "../domain/model";

/** Type, organisations, places, period, action fields, resources, contact and links: the office only. */
export const editMeasureDetails = defineUseCase({
  action: "strategy.measure.edit",
  input: (deps: Deps) => measureDetailsInputFor(deps.city),
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
