import { Conflict } from "../../../platform/errors/errors";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { findLottery, loadPanel } from "../data/queries";
import { markPoolNotified, recordDraw, selectMembers, setPanelStatus, volunteersToNotify } from "../data/repository";
import { drawPanelNumber } from "../domain/draw";
import { drawInput } from "../domain/inputs";
import { parseLotteryList } from "../domain/lottery-list";
import { queueVolunteerMail } from "./notify-volunteer";

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
    const won = await recordDraw(tx, panel.id, { seed: input.seed, drawnIndex: number, drawnAt: now });
    if (!won) throw new Conflict("panel.errors.alreadyDrawn");
    const members = list[number - 1] ?? [];
    await selectMembers(tx, panel.id, members);
    await setPanelStatus(tx, panel.id, "drawn", now);

    // Everyone in the pool hears the outcome: selected or not.
    const recipients = await volunteersToNotify(tx, panel.id);
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
    if (recipients.length > 0) await markPoolNotified(tx, panel.id, now);
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
