/**
 * Runs the selection in a worker thread, so the server keeps answering while the solver works
 * (LEXIMIN for 70 of 150 volunteers takes seconds, for 200 of 2,000 minutes). Messages:
 * `progress` while it runs, then `done` with the list and the probabilities or `failed` with a description.
 */
import { parentPort, workerData } from "node:worker_threads";
import { describeFailure } from "../domain/describe-failure";
import type { SelectionFailure } from "../domain/panel";
import type { SelectionProblem } from "../domain/problem";
import { computeSelection, type SelectionRun } from "../domain/selection-run";

export interface SelectionWorkerInput {
  problem: SelectionProblem;
  lotterySize: number;
  seed: number;
}

export type SelectionWorkerMessage =
  | { type: "progress"; fixed: number; total: number }
  | ({ type: "done" } & SelectionRun)
  | { type: "failed"; failure: SelectionFailure };

async function main(): Promise<void> {
  const port = parentPort;
  if (!port) return;
  const input = workerData as SelectionWorkerInput;
  const send = (message: SelectionWorkerMessage) => port.postMessage(message);
  try {
    const result = await computeSelection(input.problem, input.lotterySize, input.seed, (progress) =>
      send({ type: "progress", fixed: progress.fixedGroups, total: progress.groups }),
    );
    send({ type: "done", ...result });
  } catch (error) {
    send({ type: "failed", failure: describeFailure(error) });
  }
}

await main();
