import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { Conflict, Invalid } from "../../../platform/errors/errors";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { findLottery, listReplacements, poolForSelection } from "../data/queries";
import { panelReplacements, panelVolunteers } from "../data/schema";
import { drawReplacement } from "../domain/draw";
import { parseLotteryList } from "../domain/lottery-list";
import { eligibleReplacements } from "../domain/replacement";
import { loadPanel, panelIdInput, requireStatus } from "./common";
import { queueVolunteerMail } from "./notify-volunteer";
import { currentMembers } from "./panel-members";
import { selectionProblem } from "./selection-problem";

export const replaceMemberInput = z.object({
  panelId: panelIdInput,
  /** The pseudonym of the member who dropped out. */
  leaving: z
    .string()
    .trim()
    .min(1, "panel.errors.leavingRequired")
    .max(40, "panel.errors.notMember")
    .transform((p) => p.toUpperCase()),
});

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
    requireStatus(panel, ["drawn"], "panel.errors.replaceBeforeDraw");
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
    const stored = await tx
      .insert(panelReplacements)
      .values({ panelId: panel.id, round, leaving: input.leaving, replacement: drawn.id, eligible, createdAt: now })
      .onConflictDoNothing()
      .returning({ id: panelReplacements.id });
    if (stored.length === 0) throw new Conflict("panel.errors.replacementBusy");
    await tx
      .update(panelVolunteers)
      .set({ selected: false })
      .where(and(eq(panelVolunteers.panelId, panel.id), eq(panelVolunteers.pseudonym, input.leaving)));
    const [replacement] = await tx
      .update(panelVolunteers)
      .set({ selected: true })
      .where(and(eq(panelVolunteers.panelId, panel.id), eq(panelVolunteers.pseudonym, drawn.id)))
      .returning({ id: panelVolunteers.id, email: panelVolunteers.email, name: panelVolunteers.name, locale: panelVolunteers.locale });
    if (replacement?.email) {
      await queueVolunteerMail(deps, tx, afterCommit, {
        variant: "replacement",
        to: replacement.email,
        name: replacement.name,
        locale: replacement.locale,
        panelId: panel.id,
        params: { panel: panel.name, pseudonym: drawn.id, round },
      });
      await tx.update(panelVolunteers).set({ notifiedAt: now }).where(eq(panelVolunteers.id, replacement.id));
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
