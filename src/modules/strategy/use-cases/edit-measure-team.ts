import { Invalid } from "../../../platform/errors/errors";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { findOrganisations } from "../data/catalogue";
import { saveMeasureChange } from "../data/measure-changes";
import { measureTeamInput } from "../domain/inputs";
import { measureResource } from "../domain/model";

/** The measure's team: who does what, with which share of their time. The office and the team. */
export const editMeasureTeam = defineUseCase({
  action: "strategy.measure.editTeam",
  input: measureTeamInput,
  resource: measureResource,
  run: (ctx, input) =>
    saveMeasureChange(ctx, input, "team", "strategy.measure.editTeam", async (current) => {
      const orgIds = [...new Set(input.team.map((m) => m.organisation).filter((id): id is string => id !== null))];
      const names = new Map((await findOrganisations(ctx.tx, orgIds)).map((o) => [o.id, o.name.de]));
      const unknown = input.team.findIndex((m) => m.organisation !== null && !names.has(m.organisation));
      if (unknown >= 0) {
        throw new Invalid("errors.invalidInput", [
          { path: `team.${unknown}.organisation`, message: "strategy.form.unknownOrganisation" },
        ]);
      }
      return {
        ...current.content,
        team: input.team.map((m) => ({
          name: m.name || (m.organisation ? (names.get(m.organisation) ?? m.organisation) : ""),
          organisationId: m.organisation,
          role: { de: m.role_de, en: m.role_en },
          responsibility: { de: m.responsibility_de, en: m.responsibility_en },
          shareOfTime: m.share_of_time,
        })),
      };
    }),
});
