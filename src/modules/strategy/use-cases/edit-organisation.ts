import { Conflict, NotFound } from "../../../platform/errors/errors";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { findOrganisation, updateOrganisationAt } from "../data/catalogue";
import { editOrganisationInputFor } from "../domain/inputs";
import type { Organisation } from "../domain/model";

/** Name and stakeholder group of an organisation, guarded by its version. The office only. */
export const editOrganisation = defineUseCase({
  action: "strategy.organisation.save",
  input: (deps) => editOrganisationInputFor(deps.city),
  run: async (ctx, input) => {
    const current = await findOrganisation(ctx.tx, input.id);
    if (!current) throw new NotFound("strategy.organisation.notFound");
    if (current.version !== input.version) throw new Conflict("strategy.edit.conflict", { version: current.version });
    const next: Organisation = { ...current, name: { de: input.name_de, en: input.name_en }, kind: input.kind };
    if (!(await updateOrganisationAt(ctx.tx, next, input.version, ctx.now))) {
      throw new Conflict("strategy.edit.conflict", { version: current.version + 1 });
    }
    return {
      result: { id: next.id, version: current.version + 1 },
      audit: {
        action: "strategy.organisation.edit",
        objectType: "organisation",
        objectId: next.id,
        before: { name: current.name, kind: current.kind },
        after: { name: next.name, kind: next.kind },
      },
    };
  },
});
