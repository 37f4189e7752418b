import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { Conflict } from "../../../platform/errors/errors";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { findAddressFile } from "../data/queries";
import { panelAddressFiles } from "../data/schema";
import { loadPanel, panelIdInput } from "./common";

/** Once the letters are printed and posted, the coordinator deletes them: no address stays behind. */
export const deleteLetters = defineUseCase({
  action: "panel.invitations.send",
  input: z.object({ panelId: panelIdInput }),
  run: async ({ tx }, input) => {
    const panel = await loadPanel(tx, input.panelId);
    const letters = await findAddressFile(tx, panel.id, "letters");
    if (!letters) throw new Conflict("panel.errors.noLetters");
    await tx
      .delete(panelAddressFiles)
      .where(and(eq(panelAddressFiles.panelId, panel.id), eq(panelAddressFiles.kind, "letters")));
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
