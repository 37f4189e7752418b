import { parse } from "csv-parse/sync";
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { Conflict } from "../../../platform/errors/errors";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { findAddressFile } from "../data/queries";
import { panelAddressFiles, panelInvitations, panels } from "../data/schema";
import { loadPanel, panelIdInput, requireStatus } from "./common";
import { decryptText, encryptText, invitationCodeHash, newInvitationCode, toCsv } from "./protect";

/** Columns the letters add to every address of the sample. */
export const letterColumns = ["letter_number", "invitation_code", "registration_url"] as const;

/**
 * The invitation run: one personal code per address (only its hash is kept), the letters as an
 * encrypted CSV for mail merge, and the address sample deleted.
 */
export const sendInvitations = defineUseCase({
  action: "panel.invitations.send",
  input: z.object({ panelId: panelIdInput }),
  run: async ({ deps, tx, now }, input) => {
    const panel = await loadPanel(tx, input.panelId);
    requireStatus(panel, ["setup", "registration"], "panel.errors.invitationsClosed");
    const sample = await findAddressFile(tx, panel.id, "sample");
    if (!sample) throw new Conflict("panel.errors.noSample");
    const records = parse(await decryptText(tx, deps.random, sample.ciphertext), {
      bom: true,
      skip_empty_lines: true,
    }) as string[][];
    const [header = [], ...rows] = records;
    const url = `${deps.config.baseUrl}/panels/${panel.id}/register`;
    const firstNumber = panel.invitationsSent + 1;
    const letters: string[][] = [[...header, ...letterColumns]];
    const invitations: Array<typeof panelInvitations.$inferInsert> = [];
    rows.forEach((cells, i) => {
      const code = newInvitationCode(deps.random);
      const letterNumber = firstNumber + i;
      invitations.push({ panelId: panel.id, codeHash: invitationCodeHash(code), letterNumber, createdAt: now });
      letters.push([...cells, String(letterNumber), code, url]);
    });
    for (let i = 0; i < invitations.length; i += 500)
      await tx.insert(panelInvitations).values(invitations.slice(i, i + 500));
    // Letters of an earlier wave that were not deleted yet are kept: the new ones are appended.
    const earlier = await findAddressFile(tx, panel.id, "letters");
    let lettersCsv = toCsv(letters);
    let letterRows = rows.length;
    if (earlier) {
      const old = parse(await decryptText(tx, deps.random, earlier.ciphertext), { bom: true }) as string[][];
      const oldHeader = old[0] ?? [];
      if (oldHeader.join("\u0000") === letters[0]?.join("\u0000")) {
        lettersCsv = toCsv([...old, ...letters.slice(1)]);
        letterRows += earlier.rows;
      }
    }
    const ciphertext = await encryptText(tx, deps.random, lettersCsv);
    await tx
      .insert(panelAddressFiles)
      .values({ panelId: panel.id, kind: "letters", rows: letterRows, ciphertext, createdAt: now })
      .onConflictDoUpdate({
        target: [panelAddressFiles.panelId, panelAddressFiles.kind],
        set: { rows: letterRows, ciphertext, createdAt: now },
      });
    await tx
      .delete(panelAddressFiles)
      .where(and(eq(panelAddressFiles.panelId, panel.id), eq(panelAddressFiles.kind, "sample")));
    await tx
      .update(panels)
      .set({ status: "registration", invitationsSent: sql`${panels.invitationsSent} + ${rows.length}`, updatedAt: now })
      .where(eq(panels.id, panel.id));
    return {
      result: { invitations: rows.length },
      audit: {
        action: "panel.invitations.send",
        objectType: "panel",
        objectId: panel.id,
        after: { invitations: rows.length, firstNumber },
      },
    };
  },
});
