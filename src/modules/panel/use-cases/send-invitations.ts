import { parse } from "csv-parse/sync";
import { csvText } from "../../../platform/csv/csv-writer";
import { Conflict } from "../../../platform/errors/errors";
import { newLetterCode } from "../../../platform/security/letter-codes";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { decryptText, encryptText, invitationCodeHash } from "../data/protection";
import { findAddressFile, loadPanel } from "../data/queries";
import { countInvitationsSent, deleteAddressFile, insertInvitations, saveAddressFile } from "../data/repository";
import { letterColumns } from "../domain/address-sample";
import { panelActionInput } from "../domain/inputs";
import { INVITATION_CODE_LENGTH } from "../domain/panel";

/**
 * The invitation run: one personal code per address (only its hash is kept), the letters as an
 * encrypted CSV for mail merge, and the address sample deleted.
 */
export const sendInvitations = defineUseCase({
  action: "panel.invitations.send",
  input: panelActionInput,
  run: async ({ deps, tx, now }, input) => {
    const panel = await loadPanel(tx, input.panelId);
    if (!["setup", "registration"].includes(panel.status)) throw new Conflict("panel.errors.invitationsClosed");
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
    const invitations: Array<{ panelId: string; codeHash: string; letterNumber: number; createdAt: Date }> = [];
    rows.forEach((cells, i) => {
      const code = newLetterCode(deps.random, INVITATION_CODE_LENGTH);
      const letterNumber = firstNumber + i;
      invitations.push({ panelId: panel.id, codeHash: invitationCodeHash(code), letterNumber, createdAt: now });
      letters.push([...cells, String(letterNumber), code, url]);
    });
    await insertInvitations(tx, invitations);
    // Letters of an earlier wave that were not deleted yet are kept: the new ones are appended.
    const earlier = await findAddressFile(tx, panel.id, "letters");
    let lettersCsv = csvText(letters, { quoteAll: true });
    let letterRows = rows.length;
    if (earlier) {
      const old = parse(await decryptText(tx, deps.random, earlier.ciphertext), { bom: true }) as string[][];
      const oldHeader = old[0] ?? [];
      if (oldHeader.join("\u0000") === letters[0]?.join("\u0000")) {
        lettersCsv = csvText([...old, ...letters.slice(1)], { quoteAll: true });
        letterRows += earlier.rows;
      }
    }
    const ciphertext = await encryptText(tx, deps.random, lettersCsv);
    await saveAddressFile(tx, { panelId: panel.id, kind: "letters", rows: letterRows, ciphertext, createdAt: now });
    await deleteAddressFile(tx, panel.id, "sample");
    await countInvitationsSent(tx, panel.id, rows.length, now);
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
