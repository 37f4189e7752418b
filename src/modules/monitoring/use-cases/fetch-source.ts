import { z } from "zod";
import type { Executor } from "../../../platform/db/database";
import type { Deps } from "../../../platform/deps";
import { OUTBOUND_DEFAULTS } from "../../../platform/http/outbound";
import { type ScheduledJobHandler, schedule } from "../../../platform/jobs/scheduled";
import type { Actor } from "../../../platform/permissions/permissions";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { findDefinition } from "../data/indicators";
import { currentModel } from "../data/models";
import { insertObservation, supersedeObservation } from "../data/observations";
import {
  currentCityValues,
  findSource,
  lockSource,
  recordSourceFailure,
  recordSourceSuccess,
  type StoredSource,
} from "../data/source-rows";
import { fetchJsonObservations, fetchSensorThingsObservations, MAX_PAGES, SourceFetchError } from "../data/sources";
import { isStale, nextAttemptAt } from "../domain/back-off";
import { aggregateByPeriod, type Frequency, type PeriodValue } from "../domain/periods";
import { fetchWindow, nextFetchAt, readStoredConfig } from "../domain/source-config";
import { allowsPrivateNetwork } from "./source-network";

/**
 * The background job that fetches an indicator use's automatic source (`monitoring.fetch-source`,
 * keyed by the source's id) and writes one value per complete period.
 *
 * Each run reads the complete periods of the last year (domain/source-config.ts, `fetchWindow`),
 * all pages or nothing (data/sources.ts), aggregates them with the source's aggregation, and writes
 * every period in ONE transaction with one audit entry. Per period, for the whole city:
 * - no current value yet: the source's value is added (status final, `source` sensorthings|json);
 * - a current value from an automatic source that differs: it is corrected, never overwritten (the
 *   old row stays, replaced; the new one is `corrected` and names it);
 * - the same value: nothing is written, so a run can be repeated;
 * - a value a PERSON entered or corrected (form or CSV): a person always wins, the source leaves the
 *   period alone (the audit entry lists it). A person who wants the source's value back corrects it.
 *
 * A failure writes no value: the source counts one more failure with its message key, is stale
 * (`stale_since`) once domain/back-off.ts says so, and the job is tried again after the back-off.
 * A success clears all that, and the job comes back at the start of the next period (plus a delay).
 */

export const FETCH_SOURCE_JOB = "monitoring.fetch-source";

/** The platform itself, as the audit log names it. */
const fetchActor: Actor = { kind: "system", label: "monitoring source fetch" };

/** A source's fetch that failed for a reason of its own (not the network's), with its message key. */
class SourceProblem extends Error {
  override readonly name = "SourceProblem";
  constructor(readonly messageKey: string) {
    super(messageKey);
  }
}

/** The source was removed or set anew while it was fetched: the outcome belongs to old settings. */
class SettingsChanged extends Error {
  override readonly name = "SettingsChanged";
  constructor(readonly gone: boolean) {
    super(gone ? "the source was removed during the fetch" : "the source's settings changed during the fetch");
  }
}

const periodValue = z.object({ period: z.string(), value: z.number(), count: z.number().int() });

const fetchOutcomeInput = z.object({
  sourceId: z.uuid(),
  /** The settings' time the fetch was made with (`updated_at`). */
  settingsAt: z.date(),
  outcome: z.discriminatedUnion("ok", [
    z.object({
      ok: z.literal(true),
      periods: z.array(periodValue),
      pages: z.number().int(),
      refused: z.number().int(),
      nextAttemptAt: z.date(),
    }),
    z.object({ ok: z.literal(false), error: z.string().max(200) }),
  ]),
});

/** A number in [0, 1) from the injected randomness, for the back-off's jitter. */
function jitterOf(deps: Deps): number {
  return deps.random(4).readUInt32BE(0) / 2 ** 32;
}

async function writePeriods(tx: Executor, source: StoredSource, periods: readonly PeriodValue[], now: Date) {
  const use = { measureId: source.measureId, indicator: source.indicator };
  const current = new Map(
    (
      await currentCityValues(
        tx,
        use,
        periods.map((p) => p.period),
      )
    ).map((row) => [row.period, row]),
  );
  const added: string[] = [];
  const corrected: { period: string; from: number; to: number }[] = [];
  const keptForPeople: string[] = [];
  let unchanged = 0;
  const value = (period: PeriodValue, corrects: string | null) => ({
    ...use,
    period: period.period,
    spatialUnit: "city",
    value: period.value,
    status: corrects ? ("corrected" as const) : ("final" as const),
    source: source.kind,
    note: "",
    corrects,
    enteredBy: null,
    now,
  });
  for (const period of periods) {
    const existing = current.get(period.period);
    if (!existing) {
      // A person's value saved since the read above wins as well (the insert then adds nothing).
      if (await insertObservation(tx, value(period, null))) added.push(period.period);
      else keptForPeople.push(period.period);
    } else if (existing.source === "form" || existing.source === "csv" || existing.source === "api") {
      keptForPeople.push(period.period);
    } else if (existing.value === period.value) {
      unchanged += 1;
    } else if (await supersedeObservation(tx, existing.id, now)) {
      await insertObservation(tx, value(period, existing.id));
      corrected.push({ period: period.period, from: existing.value, to: period.value });
    } else {
      // Someone corrected it in the meantime; that correction stands.
      keptForPeople.push(period.period);
    }
  }
  return { added, corrected, keptForPeople, unchanged };
}

/**
 * Writes a fetch's outcome in one transaction with one audit entry: the periods and the success, or
 * the failure. Refused (nothing written) when the source was removed or set anew meanwhile.
 */
const recordFetchOutcome = defineUseCase({
  action: "monitoring.source.fetch",
  input: fetchOutcomeInput,
  rateLimit: () => null,
  run: async (ctx, input) => {
    const source = await lockSource(ctx.tx, input.sourceId);
    if (!source || source.updatedAt.getTime() !== input.settingsAt.getTime()) throw new SettingsChanged(!source);
    const { outcome } = input;
    const use = { measureId: source.measureId, indicator: source.indicator };
    if (outcome.ok) {
      const written = await writePeriods(ctx.tx, source, outcome.periods, ctx.now);
      await recordSourceSuccess(ctx.tx, source, { now: ctx.now, nextAttemptAt: outcome.nextAttemptAt });
      return {
        result: { nextAttemptAt: outcome.nextAttemptAt },
        audit: {
          action: "monitoring.source.fetch",
          objectType: "monitoring_source",
          objectId: source.id,
          after: { ...use, ...written, pages: outcome.pages, refused: outcome.refused },
        },
      };
    }
    const failures = source.failures + 1;
    const staleSince = source.staleSince ?? (isStale(failures) ? ctx.now : null);
    const retryAt = nextAttemptAt(ctx.now, failures, jitterOf(ctx.deps));
    await recordSourceFailure(ctx.tx, source, {
      failures,
      lastError: outcome.error,
      staleSince,
      nextAttemptAt: retryAt,
    });
    // The job's retry time with the jitter: the runner keeps the earlier of this and the handler's
    // back-off (the same wait without jitter), see platform/jobs/scheduled-store.ts, `schedule`.
    await schedule(ctx.tx, { name: FETCH_SOURCE_JOB, key: source.id, runAt: retryAt, replaceRunAt: true });
    return {
      result: { nextAttemptAt: retryAt },
      audit: {
        action: "monitoring.source.fetchFail",
        objectType: "monitoring_source",
        objectId: source.id,
        after: { ...use, error: outcome.error, failures, staleSince },
      },
    };
  },
});

/** What the run needs of the indicator use: its definition's frequency; a failure when the use is gone. */
async function frequencyOfUse(deps: Deps, source: StoredSource): Promise<Frequency> {
  const db = deps.database.db;
  const model = await currentModel(db, source.measureId);
  if (!model?.model.indicators.some((use) => use.indicator === source.indicator)) {
    throw new SourceProblem("monitoring.errors.sourceIndicatorRemoved");
  }
  const definition = await findDefinition(db, source.indicator);
  if (!definition) throw new SourceProblem("monitoring.errors.indicatorUnknown");
  return definition.frequency;
}

export interface FetchSourceOptions {
  /** Per request, redirects and body included (default: the outbound default, 10 s). */
  timeoutMs?: number;
  maxBytes?: number;
  /** Pages of a SensorThings Datastream followed at most (default data/sources.ts's MAX_PAGES). */
  maxPages?: number;
  pageSize?: number;
}

/** The periods of one fetch, aggregated; throws a `SourceFetchError` or `SourceProblem`. */
async function fetchPeriods(deps: Deps, source: StoredSource, options: FetchSourceOptions, now: Date) {
  const frequency = await frequencyOfUse(deps, source);
  const reading = readStoredConfig(source.kind, source.config);
  if (!reading.ok) throw new SourceProblem(reading.error);
  const window = fetchWindow(frequency, now, deps.city.timeZone);
  const range = { from: window.from, to: window.to };
  const outbound = {
    timeoutMs: options.timeoutMs,
    maxBytes: options.maxBytes,
    allowPrivateNetwork: allowsPrivateNetwork(
      deps,
      reading.source.kind === "sensorthings" ? reading.source.config.base : reading.source.config.url,
    ),
  };
  const fetched =
    reading.source.kind === "sensorthings"
      ? await fetchSensorThingsObservations(reading.source.config, range, {
          ...outbound,
          maxPages: options.maxPages,
          pageSize: options.pageSize,
        })
      : await fetchJsonObservations(reading.source.config, range, outbound);
  const aggregated = aggregateByPeriod(fetched.observations, frequency, source.aggregation, now, deps.city.timeZone);
  if (!aggregated.ok) throw new SourceProblem(aggregated.issue.message);
  const inWindow = new Set(window.periods);
  return {
    frequency,
    periods: aggregated.periods.filter((period) => inWindow.has(period.period)),
    pages: fetched.pages,
    refused: fetched.refused.length,
  };
}

function messageKeyOf(error: unknown): string {
  if (error instanceof SourceFetchError || error instanceof SourceProblem) return error.messageKey;
  return "monitoring.errors.sourceUnexpected";
}

/**
 * The handler of `monitoring.fetch-source`; `options` bound the requests (tests make them short).
 * The lease covers the slowest fetch that can still succeed (every page at its time limit) and half
 * as much again.
 */
export function createFetchSourceHandler(options: FetchSourceOptions = {}): ScheduledJobHandler {
  const timeoutMs = options.timeoutMs ?? OUTBOUND_DEFAULTS.timeoutMs;
  const maxPages = options.maxPages ?? MAX_PAGES;
  return {
    name: FETCH_SOURCE_JOB,
    leaseMs: Math.ceil(maxPages * timeoutMs * 1.5) + 60_000,
    // The longest wait of the back-off (no jitter); a failed run schedules its jittered retry itself.
    backOff: (failures, now) => nextAttemptAt(now, Math.max(1, failures), 0),
    run: async (deps, job) => {
      const source = await findSource(deps.database.db, job.key);
      if (!source) return { nextRunAt: null };
      const now = deps.clock();
      const settingsAt = source.updatedAt;
      const record = (outcome: z.input<typeof fetchOutcomeInput>["outcome"]) =>
        recordFetchOutcome(deps, { actor: fetchActor }, { sourceId: source.id, settingsAt, outcome });
      let fetched: Awaited<ReturnType<typeof fetchPeriods>>;
      try {
        fetched = await fetchPeriods(deps, source, options, now);
      } catch (error) {
        try {
          await record({ ok: false, error: messageKeyOf(error) });
        } catch (recording) {
          if (recording instanceof SettingsChanged) return { nextRunAt: recording.gone ? null : now };
          throw recording;
        }
        throw error;
      }
      const next = nextFetchAt(fetched.frequency, now, deps.city.timeZone);
      try {
        await record({
          ok: true,
          periods: fetched.periods,
          pages: fetched.pages,
          refused: fetched.refused,
          nextAttemptAt: next,
        });
      } catch (error) {
        // New settings are fetched at once (setting them scheduled the job for now).
        if (error instanceof SettingsChanged) return { nextRunAt: error.gone ? null : now };
        throw error;
      }
      return { nextRunAt: next };
    },
  };
}

/** The handler the manifest declares. */
export const fetchSourceHandler = createFetchSourceHandler();
