import { Conflict, Invalid } from "../../../platform/errors/errors";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { findLottery, listReplacements, loadPanel, poolForSelection } from "../data/queries";
import { deselectMember, insertReplacement, markVolunteerNotified, selectMember } from "../data/repository";
import { drawReplacement } from "../domain/draw";
import { replaceMemberInput } from "../domain/inputs";
import { parseLotteryList } from "../domain/lottery-list";
import { currentMembers } from "../domain/panel-members";
import { eligibleReplacements } from "../domain/replacement";
import { selectionProblem } from "../domain/selection-problem";
import { queueVolunteerMail } from "./notify-volunteer";

/**
 * A member dropped out after the draw: the replacement is drawn from the volunteers who keep every
 * quota when they take the seat, with the published list's hash, the draw's seed and the next
 * replacement number, so anyone can recompute it. The replacement is told by e-mail.
 */
export const replaceMember = defineUseCase({
  action: "panel.replace",
  input: replaceMemberInput,
  run: async ({ deps, tx, now, afterCommit }, input) => {
    const panel = await loadPanel(tx, input.panelId);
    if (panel.status !== "drawn") throw new Conflict("panel.errors.replaceBeforeDraw");
    const lottery = await findLottery(tx, panel.id);
    if (!lottery?.seed || !lottery.drawnIndex) throw new Conflict("panel.errors.replaceBeforeDraw");
    const list = parseLotteryList(lottery.listText);
    const previous = await listReplacements(tx, panel.id);
    const members = currentMembers(list[lottery.drawnIndex - 1] ?? [], previous);
    if (!members.includes(input.leaving)) {
      throw new Invalid("errors.invalidInput", [{ path: "leaving", message: "panel.errors.notMember" }]);
    }
    const pool = await poolForSelection(tx, panel.id);
    const problem = selectionProblem(panel, pool);
    const index = new Map(pool.map((v, i) => [v.pseudonym, i]));
    const at = (pseudonym: string) => index.get(pseudonym) ?? -1;
    // Whoever left once does not come back as a replacement.
    const left = new Set(previous.map((r) => at(r.leaving)));
    const eligible = eligibleReplacements(problem, members.map(at), at(input.leaving), left).map(
      (i) => pool[i]?.pseudonym as string,
    );
    if (eligible.length === 0) throw new Conflict("panel.errors.noReplacement");
    const round = previous.length + 1;
    const drawn = drawReplacement(lottery.hash, lottery.seed, round, eligible, list);
    // The round is unique per panel: of two replacements recorded at once, one gets this number.
    const stored = await insertReplacement(tx, {
      panelId: panel.id,
      round,
      leaving: input.leaving,
      replacement: drawn.id,
      eligible,
      createdAt: now,
    });
    if (!stored) throw new Conflict("panel.errors.replacementBusy");
    await deselectMember(tx, panel.id, input.leaving);
    const replacement = await selectMember(tx, panel.id, drawn.id);
    if (replacement?.email) {
      await queueVolunteerMail(deps, tx, afterCommit, {
        variant: "replacement",
        to: replacement.email,
        name: replacement.name,
        locale: replacement.locale,
        panelId: panel.id,
        params: { panel: panel.name, pseudonym: drawn.id, round },
      });
      await markVolunteerNotified(tx, replacement.id, now);
    }
    const tickets = drawn.tickets.reduce((sum, t) => sum + t.tickets, 0);
    return {
      result: { round, leaving: input.leaving, replacement: drawn.id, eligible: eligible.length },
      audit: {
        action: "panel.replace",
        objectType: "panel",
        objectId: panel.id,
        after: {
          round,
          leaving: input.leaving,
          replacement: drawn.id,
          eligible: eligible.length,
          ticket: drawn.ticket,
          tickets,
          notified: Boolean(replacement?.email),
        },
      },
    };
  },
});
