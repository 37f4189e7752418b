import { and, eq, lt } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "../../../platform/db/database";
import { Conflict } from "../../../platform/errors/errors";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { panelAddressFiles, panelLotteries, panels, panelVolunteers } from "../data/schema";
import { loadPanel, panelIdInput } from "./common";

/**
 * Deletes the personal data of a panel's pool after the draw: names, e-mail addresses, languages and
 * any address files. Pseudonyms, answers to the feature questions and probabilities stay for the audit.
 */
export const deletePersonalData = defineUseCase({
  action: "panel.personalData.delete",
  input: z.object({ panelId: panelIdInput }),
  run: async ({ tx, now }, input) => {
    const panel = await loadPanel(tx, input.panelId);
    if (panel.status !== "drawn") throw new Conflict("panel.errors.notDrawnYet");
    await tx
      .update(panelVolunteers)
      .set({ name: null, email: null, locale: null })
      .where(eq(panelVolunteers.panelId, panel.id));
    await tx.delete(panelAddressFiles).where(eq(panelAddressFiles.panelId, panel.id));
    await tx.update(panels).set({ personalDataDeletedAt: now, updatedAt: now }).where(eq(panels.id, panel.id));
    return {
      result: { id: panel.id },
      audit: { action: "panel.personalData.delete", objectType: "panel", objectId: panel.id },
    };
  },
});

/** The panels whose retention period after the draw has passed and whose personal data is still stored. */
export async function panelsPastRetention(tx: Executor, now: Date): Promise<string[]> {
  const rows = await tx
    .select({
      id: panels.id,
      retentionDays: panels.retentionDays,
      drawnAt: panelLotteries.drawnAt,
      deletedAt: panels.personalDataDeletedAt,
    })
    .from(panels)
    .innerJoin(panelLotteries, eq(panelLotteries.panelId, panels.id))
    .where(and(eq(panels.status, "drawn"), lt(panelLotteries.drawnAt, now)));
  return rows
    .filter(
      (r) =>
        r.deletedAt === null &&
        r.drawnAt !== null &&
        r.drawnAt.getTime() + r.retentionDays * 86_400_000 <= now.getTime(),
    )
    .map((r) => r.id);
}
