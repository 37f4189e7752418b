import type { Deps } from "../../../platform/deps";
import type { Actor } from "../../../platform/permissions/permissions";
import { claimJob, findJob, findPanel, poolForSelection, setJobProgress } from "../data/queries";
import type { SelectionFailure } from "../data/schema";
import { InfeasibleQuotasError, PanelInputError, SolverFailure } from "../domain/errors";
import type { SelectionProblem } from "../domain/problem";
import { seededRandom } from "../domain/random";
import { recordSelection, recordSelectionFailure } from "../use-cases/record-selection";
import { computeLottery } from "./selection-engine";

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

function describeFailure(error: unknown): SelectionFailure {
  if (error instanceof InfeasibleQuotasError) {
    return {
      kind: "infeasible",
      message: error.report.summary,
      conflicts: error.report.conflicts.map((c) => c.message),
      relaxation: error.report.relaxation.map((r) => ({ ...r })),
    };
  }
  if (error instanceof PanelInputError) return { kind: "input", message: error.message };
  if (error instanceof SolverFailure) return { kind: "solver", message: error.message };
  return { kind: "solver", message: error instanceof Error ? error.message : String(error) };
}

export async function runSelectionJob(deps: Deps, jobId: string): Promise<void> {
  const db = deps.database.db;
  if (!(await claimJob(db, jobId, deps.clock()))) return;
  const job = await findJob(db, jobId);
  const panel = job ? await findPanel(db, job.panelId) : null;
  if (!job || !panel) return;
  const invocation = { actor: jobActor, requestId: `job:${jobId}` };
  try {
    const pool = await poolForSelection(db, panel.id);
    const problem: SelectionProblem = {
      features: panel.features.map((f) => ({ name: f.name, values: f.values.map((v) => ({ name: v.name, min: v.min, max: v.max })) })),
      volunteers: pool.map((v) => ({
        id: v.pseudonym,
        values: panel.features.map((f) => f.values.findIndex((value) => value.name === v.features[f.name])),
      })),
      k: panel.size,
      households: false,
    };
    await setJobProgress(db, jobId, 10, "leximin");
    const started = Date.now();
    const seed = deps.random(4).readUInt32LE(0);
    const result = await computeLottery(problem, panel.lotterySize, seededRandom(seed));
    await setJobProgress(db, jobId, 90, "lottery");
    const probabilities: Record<string, number> = {};
    pool.forEach((v, i) => {
      probabilities[v.pseudonym] = Math.min(1, Math.max(0, result.probabilities[i] ?? 0));
    });
    const lottery = result.lottery.map((members) => members.map((i) => pool[i]?.pseudonym as string).sort());
    await recordSelection(deps, invocation, {
      jobId,
      probabilities,
      legacyProbabilities: null,
      outcome: {
        algorithm: "leximin",
        minProbability: result.minProbability,
        legacyMinProbability: null,
        distributionPanels: result.distributionPanels,
        lottery,
        ms: Date.now() - started,
      },
    });
  } catch (error) {
    deps.logger.warn("panel selection failed", { jobId, error: String(error) });
    await recordSelectionFailure(deps, invocation, { jobId, failure: describeFailure(error) });
  }
}
