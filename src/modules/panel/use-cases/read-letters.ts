import type { Deps } from "../../../platform/deps";
import { Conflict } from "../../../platform/errors/errors";
import type { Actor } from "../../../platform/permissions/permissions";
import { requirePermission } from "../../../platform/permissions/require-permission";
import { decryptText } from "../data/protection";
import { findAddressFile, loadPanel, type PanelRow } from "../data/queries";

/** The letters for mail merge, decrypted for the coordinator only. */
export async function readLetters(deps: Deps, actor: Actor, id: string): Promise<{ panel: PanelRow; csv: string }> {
  requirePermission(actor, "panel.manage");
  const db = deps.database.db;
  const panel = await loadPanel(db, id);
  const file = await findAddressFile(db, panel.id, "letters");
  if (!file) throw new Conflict("panel.errors.noLetters");
  return { panel, csv: await decryptText(db, deps.random, file.ciphertext) };
}
