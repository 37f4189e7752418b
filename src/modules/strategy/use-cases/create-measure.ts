import { Invalid } from "../../../platform/errors/errors";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { checkReferences } from "../data/catalogue";
import { findMeasureBySlug, insertNewMeasure, nextFreeSlug } from "../data/measures";
import { createMeasureInput } from "../domain/inputs";
import { blankContent, type MeasureContent } from "../domain/model";
import { slugForTitle } from "../domain/vocabulary";

/** A new measure with its essentials; everything else is filled in on its edit page. The office only. */
export const createMeasure = defineUseCase({
  action: "strategy.measure.create",
  input: createMeasureInput,
  run: async (ctx, input) => {
    await checkReferences(ctx.tx, { responsible: input.responsible, actionFields: input.action_fields });
    const wanted = input.slug ?? slugForTitle(input.title_de);
    if (input.slug && (await findMeasureBySlug(ctx.tx, input.slug)))
      throw new Invalid("errors.invalidInput", [{ path: "slug", message: "strategy.form.slugTaken" }]);
    const slug = await nextFreeSlug(ctx.tx, wanted);
    const content: MeasureContent = {
      ...blankContent(),
      title: { de: input.title_de, en: input.title_en },
      summary: { de: input.summary_de, en: input.summary_en },
      type: input.type,
      status: input.status,
      responsibleOrganisationId: input.responsible,
      actionFieldIds: [...new Set(input.action_fields)],
    };
    await insertNewMeasure(ctx.tx, { slug, content, actor: ctx.actor, now: ctx.now });
    return {
      result: { slug, version: 1 },
      audit: {
        action: "strategy.measure.create",
        objectType: "measure",
        objectId: slug,
        after: { title: input.title_de },
      },
    };
  },
});
