import { createHash } from "node:crypto";
import { findLeximinDistribution, type LeximinProgress } from "../domain/leximin";
import type { SelectionProblem } from "../domain/problem";
import type { Random } from "../domain/random";

/**
 * The selection run as the platform uses it: LEXIMIN probabilities, then a uniform lottery over M
 * panels, and the public procedure that turns the published list and a seed into one panel.
 * Everything here is deterministic given the problem and the random source.
 */
export interface LotteryResult {
  probabilities: Float64Array;
  minProbability: number;
  distributionPanels: number;
  /** M panels as lists of volunteer indices, each ascending. */
  lottery: number[][];
}

export async function loadHighs() {
  const loader = (await import("highs")).default;
  return loader();
}

export async function computeLottery(
  problem: SelectionProblem,
  lotterySize: number,
  random: Random,
  onProgress?: (progress: LeximinProgress) => void,
): Promise<LotteryResult> {
  const highs = await loadHighs();
  const distribution = findLeximinDistribution(problem, { highs, random, onProgress });
  const lottery = roundToLottery(
    distribution.panels.map((p) => ({ members: [...p.members], weight: p.weight })),
    lotterySize,
  );
  return {
    probabilities: distribution.probabilities,
    minProbability: Math.min(...distribution.probabilities),
    distributionPanels: distribution.panels.length,
    lottery,
  };
}

/**
 * Rounds a distribution over panels to M equally likely lottery tickets: every panel gets
 * ⌊M·weight⌋ tickets and the remaining tickets go to the largest remainders (ties: earlier panel).
 */
export function roundToLottery(panels: Array<{ members: number[]; weight: number }>, size: number): number[][] {
  const shares = panels.map((p, index) => {
    const exact = p.weight * size;
    return { index, tickets: Math.floor(exact + 1e-9), remainder: exact - Math.floor(exact + 1e-9) };
  });
  let left = size - shares.reduce((sum, s) => sum + s.tickets, 0);
  const byRemainder = [...shares].sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const share of byRemainder) {
    if (left <= 0) break;
    share.tickets += 1;
    left -= 1;
  }
  const lottery: number[][] = [];
  for (const share of shares) {
    const members = [...(panels[share.index]?.members ?? [])].sort((a, b) => a - b);
    for (let i = 0; i < share.tickets; i++) lottery.push(members);
  }
  return lottery;
}

/** The published text of the lottery: one line per panel, "number: id,id,…", ids sorted. */
export function lotteryText(lottery: readonly (readonly string[])[]): string {
  return lottery.map((members, i) => `${i + 1}: ${[...members].sort().join(",")}\n`).join("");
}

export function lotteryHash(lottery: readonly (readonly string[])[]): string {
  return createHash("sha256").update(lotteryText(lottery), "utf8").digest("hex");
}

/**
 * The drawn panel's number (1 … M): SHA-256 of "<list hash>\n<seed>" read as a big number, modulo M,
 * plus one. The seed is used exactly as entered after trimming surrounding spaces.
 */
export function drawnPanelNumber(hash: string, seed: string, size: number): number {
  const digest = createHash("sha256").update(`${hash}\n${seed.trim()}`, "utf8").digest("hex");
  return Number(BigInt(`0x${digest}`) % BigInt(size)) + 1;
}
