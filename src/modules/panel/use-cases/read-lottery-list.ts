import type { Deps } from "../../../platform/deps";
import { NotFound } from "../../../platform/errors/errors";
import { findLottery, loadPanel } from "../data/queries";
import { parseLotteryList } from "../domain/lottery-list";

/** The published lottery list (pseudonyms only): the text exactly as published, and its panels. */
export async function readLotteryList(deps: Deps, id: string) {
  const db = deps.database.db;
  const panel = await loadPanel(db, id);
  const lottery = await findLottery(db, panel.id);
  if (!lottery) throw new NotFound("panel.errors.notPublished");
  return { panel, lottery, text: lottery.listText, panels: parseLotteryList(lottery.listText) };
}
