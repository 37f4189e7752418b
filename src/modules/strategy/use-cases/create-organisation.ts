import { Invalid } from "../../../platform/errors/errors";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { findOrganisation, insertOrganisation } from "../data/catalogue";
import { createOrganisationInputFor } from "../domain/inputs";
import type { Organisation } from "../domain/model";
import { slugify } from "../domain/vocabulary";

/** A new organisation with its stakeholder group. The office only. */
export const createOrganisation = defineUseCase({
  action: "strategy.organisation.save",
  input: (deps) => createOrganisationInputFor(deps.city),
  run: async (ctx, input) => {
    const id = input.id ?? slugify(input.name_de, 40);
    if (!id || (await findOrganisation(ctx.tx, id))) {
      throw new Invalid("errors.invalidInput", [{ path: "id", message: "strategy.form.idTaken" }]);
    }
    const organisation: Organisation = {
      id,
      name: { de: input.name_de, en: input.name_en },
      kind: input.kind,
      sourceStatus: "verified",
    };
    await insertOrganisation(ctx.tx, organisation, ctx.now);
    return {
      result: { id, version: 1 },
      audit: { action: "strategy.organisation.create", objectType: "organisation", objectId: id, after: organisation },
    };
  },
});
