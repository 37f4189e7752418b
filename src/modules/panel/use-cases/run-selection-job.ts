import { Worker } from "node:worker_threads";
import type { Deps } from "../../../platform/deps";
import type { Actor } from "../../../platform/permissions/permissions";
import { claimJob, findJob, findPanel, poolForSelection, setJobProgress } from "../data/queries";
import { describeFailure } from "../domain/describe-failure";
import { selectionProblem } from "../domain/selection-problem";
import { compareWithLegacy, computeSelection } from "../domain/selection-run";
import { recordSelection } from "./record-selection";
import { recordSelectionFailure } from "./record-selection-failure";
import type { SelectionWorkerInput, SelectionWorkerMessage } from "./selection-worker";

const jobActor: Actor = { kind: "system", label: "panel selection job" };

/** Jobs running in this process, so tests and shutdown can wait for them. */
const running = new Set<Promise<void>>();

/**
 * Runs the job in this process right after the request that queued it. Its state lives in the
 * database: a job lost to a restart shows as "running" for too long and the coordinator retries it.
 */
export function scheduleSelectionJob(deps: Deps, jobId: string): void {
  const run = new Promise<void>((resolve) => setImmediate(resolve))
    .then(() => runSelectionJob(deps, jobId))
    .catch((error: unknown) => deps.logger.error("panel selection job crashed", { jobId, error: String(error) }))
    .finally(() => running.delete(run));
  running.add(run);
}

/** Resolves when no selection job of this process is running. */
export async function selectionJobsIdle(): Promise<void> {
  while (running.size > 0) await Promise.all([...running]);
}

/** The worker registers the TypeScript loader first, then loads the selection worker module. */
function workerBootstrap(): string {
  const loader = (() => {
    try {
      return import.meta.resolve("tsx/esm/api");
    } catch {
      return "tsx/esm/api";
    }
  })();
  const worker = new URL("./selection-worker.ts", import.meta.url).href;
  return `import(${JSON.stringify(loader)}).then(({ register }) => { register(); return import(${JSON.stringify(worker)}); });`;
}

/** A run that takes longer than this is stopped and reported; the coordinator may retry. */
export const SELECTION_TIME_LIMIT_MS = 30 * 60 * 1000;

type Outcome = Extract<SelectionWorkerMessage, { type: "done" | "failed" }>;

/**
 * Runs the selection in a worker thread (the solver is synchronous and would stop the server from
 * answering), reporting progress; falls back to this thread when no worker can be started.
 */
function solve(
  deps: Deps,
  input: SelectionWorkerInput,
  timeLimitMs: number,
  onProgress: (fixed: number, total: number) => void,
): Promise<Outcome> {
  return new Promise((resolve) => {
    let settled = false;
    let started = false;
    const finish = (outcome: Outcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(outcome);
    };
    const worker = new Worker(workerBootstrap(), { eval: true, workerData: input });
    const timer = setTimeout(
      () =>
        finish({
          type: "failed",
          failure: { kind: "solver", message: `time limit of ${Math.round(timeLimitMs / 1000)} s reached` },
        }),
      timeLimitMs,
    );
    worker.on("message", (message: SelectionWorkerMessage) => {
      started = true;
      if (message.type === "progress") onProgress(message.fixed, message.total);
      else finish(message);
    });
    worker.on("error", (error) => {
      if (started || settled) {
        finish({ type: "failed", failure: describeFailure(error) });
        return;
      }
      // No worker at all (e.g. an environment without the TypeScript loader): solve here instead.
      settled = true;
      clearTimeout(timer);
      deps.logger.warn("no worker thread for the selection; solving in the server thread", { error: String(error) });
      computeSelection(input.problem, input.lotterySize, input.seed)
        .then((r) => resolve({ type: "done", ...r }))
        .catch((e: unknown) => resolve({ type: "failed", failure: describeFailure(e) }));
    });
    worker.on("exit", (code) => {
      if (!settled)
        finish({
          type: "failed",
          failure: { kind: "solver", message: `the solver stopped unexpectedly (exit code ${code})` },
        });
    });
  });
}

export async function runSelectionJob(
  deps: Deps,
  jobId: string,
  options: { timeLimitMs?: number } = {},
): Promise<void> {
  const db = deps.database.db;
  if (!(await claimJob(db, jobId, deps.clock()))) return;
  const job = await findJob(db, jobId);
  const panel = job ? await findPanel(db, job.panelId) : null;
  if (!job || !panel) return;
  const invocation = { actor: jobActor, requestId: `job:${jobId}` };
  const pool = await poolForSelection(db, panel.id);
  const problem = selectionProblem(panel, pool);
  await setJobProgress(db, jobId, 10, "leximin");
  const started = Date.now();
  // Progress is written in order and at most once per 5 %, from 10 % to 90 %.
  let written = 10;
  let writes = Promise.resolve();
  const onProgress = (fixed: number, total: number) => {
    const percent = 10 + Math.floor((80 * fixed) / Math.max(1, total));
    if (percent < written + 5) return;
    written = percent;
    writes = writes.then(() => setJobProgress(db, jobId, percent, "leximin")).catch(() => undefined);
  };
  const outcome = await solve(
    deps,
    { problem, lotterySize: panel.lotterySize, seed: deps.random(4).readUInt32LE(0) },
    options.timeLimitMs ?? SELECTION_TIME_LIMIT_MS,
    onProgress,
  );
  await writes;
  if (outcome.type === "failed") {
    deps.logger.warn("panel selection failed", { jobId, kind: outcome.failure.kind, message: outcome.failure.message });
    await recordSelectionFailure(deps, invocation, { jobId, failure: outcome.failure });
    return;
  }
  await setJobProgress(db, jobId, 90, "lottery");
  const byPseudonym = (values: number[]) =>
    Object.fromEntries(pool.map((v, i) => [v.pseudonym, Math.min(1, Math.max(0, values[i] ?? 0))]));
  await recordSelection(deps, invocation, {
    jobId,
    probabilities: byPseudonym(outcome.probabilities),
    legacyProbabilities: outcome.legacyProbabilities ? byPseudonym(outcome.legacyProbabilities) : null,
    outcome: {
      algorithm: "leximin",
      minProbability: outcome.minProbability,
      distributionPanels: outcome.distributionPanels,
      listText: outcome.listText,
      hash: outcome.hash,
      lotterySize: panel.lotterySize,
      maxDeviation: outcome.maxDeviation,
      comparison: compareWithLegacy(outcome),
      ms: Date.now() - started,
    },
  });
}
