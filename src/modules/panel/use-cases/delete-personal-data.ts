import { Conflict } from "../../../platform/errors/errors";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { loadPanel } from "../data/queries";
import { erasePersonalData } from "../data/repository";
import { panelActionInput } from "../domain/inputs";

/**
 * Deletes the personal data of a panel's pool after the draw: names, e-mail addresses, languages and
 * any address files. Pseudonyms, answers to the feature questions and probabilities stay for the audit.
 */
export const deletePersonalData = defineUseCase({
  action: "panel.personalData.delete",
  input: panelActionInput,
  run: async ({ tx, now }, input) => {
    const panel = await loadPanel(tx, input.panelId);
    if (panel.status !== "drawn") throw new Conflict("panel.errors.notDrawnYet");
    await erasePersonalData(tx, panel.id, now);
    return {
      result: { id: panel.id },
      audit: { action: "panel.personalData.delete", objectType: "panel", objectId: panel.id },
    };
  },
});
