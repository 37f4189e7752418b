import { and, eq, inArray, isNotNull, isNull } from "drizzle-orm";
import { z } from "zod";
import { Conflict } from "../../../platform/errors/errors";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { findLottery } from "../data/queries";
import { panelLotteries, panels, panelVolunteers } from "../data/schema";
import { drawPanelNumber } from "../domain/draw";
import { parseLotteryList } from "../domain/lottery-list";
import { loadPanel, panelIdInput } from "./common";
import { queueVolunteerMail } from "./notify-volunteer";

export const drawInput = z.object({
  panelId: panelIdInput,
  /** The public random seed announced at the event, e.g. dice rolls or lottery numbers. */
  seed: z.string().trim().min(1, "panel.errors.seedRequired").max(200, "panel.errors.seedTooLong"),
});

export type DrawOutcome =
  | { kind: "drawn"; panelNumber: number; members: string[] }
  | { kind: "repeated"; panelNumber: number; members: string[] }
  | { kind: "refused"; seed: string };

/**
 * The draw: the public seed picks one of the M published panels. It happens once per published
 * list. The same seed again shows the same panel; another seed is refused, and the attempt is audited.
 */
export const drawPanel = defineUseCase({
  action: "panel.draw",
  input: drawInput,
  run: async (
    { deps, tx, now, afterCommit },
    input,
  ): Promise<{
    result: DrawOutcome;
    audit: { action: string; objectType: string; objectId: string; after: unknown };
  }> => {
    const panel = await loadPanel(tx, input.panelId);
    const lottery = await findLottery(tx, panel.id);
    if (!lottery) throw new Conflict("panel.errors.notPublished");
    const list = parseLotteryList(lottery.listText);
    if (lottery.seed !== null) {
      const number = lottery.drawnIndex as number;
      if (lottery.seed === input.seed) {
        return {
          result: { kind: "repeated", panelNumber: number, members: list[number - 1] ?? [] },
          audit: {
            action: "panel.draw.repeat",
            objectType: "panel",
            objectId: panel.id,
            after: { seed: input.seed, panelNumber: number },
          },
        };
      }
      return {
        result: { kind: "refused", seed: lottery.seed },
        audit: {
          action: "panel.draw.refused",
          objectType: "panel",
          objectId: panel.id,
          after: { attemptedSeed: input.seed, seed: lottery.seed, panelNumber: number },
        },
      };
    }
    const number = drawPanelNumber(lottery.hash, input.seed, lottery.size);
    // Only one draw can set the seed, even when two coordinators press the button at once.
    const won = await tx
      .update(panelLotteries)
      .set({ seed: input.seed, drawnIndex: number, drawnAt: now })
      .where(and(eq(panelLotteries.panelId, panel.id), isNull(panelLotteries.seed)))
      .returning({ panelId: panelLotteries.panelId });
    if (won.length === 0) throw new Conflict("panel.errors.alreadyDrawn");
    const members = list[number - 1] ?? [];
    await tx.update(panelVolunteers).set({ selected: false }).where(eq(panelVolunteers.panelId, panel.id));
    if (members.length > 0) {
      await tx
        .update(panelVolunteers)
        .set({ selected: true })
        .where(and(eq(panelVolunteers.panelId, panel.id), inArray(panelVolunteers.pseudonym, members)));
    }
    await tx.update(panels).set({ status: "drawn", updatedAt: now }).where(eq(panels.id, panel.id));

    // Everyone in the pool hears the outcome: selected or not.
    const recipients = await tx
      .select({
        id: panelVolunteers.id,
        pseudonym: panelVolunteers.pseudonym,
        name: panelVolunteers.name,
        email: panelVolunteers.email,
        locale: panelVolunteers.locale,
        selected: panelVolunteers.selected,
      })
      .from(panelVolunteers)
      .where(and(eq(panelVolunteers.panelId, panel.id), isNotNull(panelVolunteers.email)));
    for (const r of recipients) {
      await queueVolunteerMail(deps, tx, afterCommit, {
        variant: r.selected ? "selected" : "notSelected",
        to: r.email as string,
        name: r.name,
        locale: r.locale,
        panelId: panel.id,
        params: { panel: panel.name, pseudonym: r.pseudonym, number },
      });
    }
    if (recipients.length > 0) {
      await tx
        .update(panelVolunteers)
        .set({ notifiedAt: now })
        .where(and(eq(panelVolunteers.panelId, panel.id), isNotNull(panelVolunteers.email)));
    }
    return {
      result: { kind: "drawn", panelNumber: number, members },
      audit: {
        action: "panel.draw",
        objectType: "panel",
        objectId: panel.id,
        after: { seed: input.seed, panelNumber: number, hash: lottery.hash, notified: recipients.length },
      },
    };
  },
});
