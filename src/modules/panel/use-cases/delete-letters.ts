import { Conflict } from "../../../platform/errors/errors";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { findAddressFile, loadPanel } from "../data/queries";
import { deleteAddressFile } from "../data/repository";
import { panelActionInput } from "../domain/inputs";

/** Once the letters are printed and posted, the coordinator deletes them: no address stays behind. */
export const deleteLetters = defineUseCase({
  action: "panel.invitations.send",
  input: panelActionInput,
  run: async ({ tx }, input) => {
    const panel = await loadPanel(tx, input.panelId);
    const letters = await findAddressFile(tx, panel.id, "letters");
    if (!letters) throw new Conflict("panel.errors.noLetters");
    await deleteAddressFile(tx, panel.id, "letters");
    return {
      result: { deleted: letters.rows },
      audit: {
        action: "panel.letters.delete",
        objectType: "panel",
        objectId: panel.id,
        before: { rows: letters.rows },
      },
    };
  },
});
