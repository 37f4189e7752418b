/**
 * Runs the selection in a worker thread, so the server keeps answering while the solver works
 * (LEXIMIN for 70 of 150 volunteers takes seconds, for 200 of 2,000 minutes). Messages:
 * `progress` while it runs, then `done` with the lottery or `failed` with a description.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { SelectionFailure } from "../data/schema";
import type { SelectionProblem } from "../domain/problem";
import { seededRandom } from "../domain/random";
import { describeFailure } from "./describe-failure";
import { computeLottery } from "./selection-engine";

export interface SelectionWorkerInput {
  problem: SelectionProblem;
  lotterySize: number;
  seed: number;
}

export type SelectionWorkerMessage =
  | { type: "progress"; fixed: number; total: number }
  | { type: "done"; probabilities: number[]; minProbability: number; distributionPanels: number; lottery: number[][] }
  | { type: "failed"; failure: SelectionFailure };

async function main(): Promise<void> {
  const port = parentPort;
  if (!port) return;
  const input = workerData as SelectionWorkerInput;
  const send = (message: SelectionWorkerMessage) => port.postMessage(message);
  try {
    const result = await computeLottery(input.problem, input.lotterySize, seededRandom(input.seed), (progress) =>
      send({ type: "progress", fixed: progress.fixedGroups, total: progress.groups }),
    );
    send({
      type: "done",
      probabilities: Array.from(result.probabilities),
      minProbability: result.minProbability,
      distributionPanels: result.distributionPanels,
      lottery: result.lottery,
    });
  } catch (error) {
    send({ type: "failed", failure: describeFailure(error) });
  }
}

await main();
