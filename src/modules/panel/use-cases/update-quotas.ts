import { eq } from "drizzle-orm";
import { z } from "zod";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { panels } from "../data/schema";
import { loadPanel, PanelCsvInvalid, panelIdInput, parseQuotaTable, requireStatus } from "./common";

/** The coordinator confirms or changes the quotas; possible until the lottery list is published. */
export const updateQuotas = defineUseCase({
  action: "panel.update",
  input: z.object({
    panelId: panelIdInput,
    quotas: z.string().trim().min(1, "panel.errors.quotasRequired").max(200_000),
  }),
  run: async ({ tx, now }, input) => {
    const panel = await loadPanel(tx, input.panelId);
    requireStatus(panel, ["setup", "registration"], "panel.errors.quotasLocked");
    const features = parseQuotaTable(input.quotas, panel.size);
    const before = panel.features.map((f) => f.name);
    const after = features.map((f) => f.name);
    if (before.join("\u0000").toLowerCase() !== after.join("\u0000").toLowerCase() && panel.status !== "setup") {
      // Volunteers already answered the questions of the existing features.
      throw new PanelCsvInvalid("quotas", {
        file: "quotas.csv",
        problem: { code: "featuresLocked", params: { features: before.join(", ") } },
      });
    }
    await tx.update(panels).set({ features, updatedAt: now }).where(eq(panels.id, panel.id));
    return {
      result: { id: panel.id },
      audit: {
        action: "panel.update",
        objectType: "panel",
        objectId: panel.id,
        before: panel.features,
        after: features,
      },
    };
  },
});
