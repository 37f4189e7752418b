import type { Executor } from "../../../platform/db/database";
import type { Deps } from "../../../platform/deps";
import { schedule } from "../../../platform/jobs/scheduled";
import { cityDay } from "../../../platform/reference-data";
import { demoMeasurePlans, findMeasureReferencesByCodes } from "../../strategy";
import { insertDefinition } from "../data/indicators";
import { hasAnyModel, insertModelVersion } from "../data/models";
import { insertObservations, type NewObservation } from "../data/observations";
import { saveSource } from "../data/source-rows";
import { DEMO_DATASTREAM_ID, DEMO_DATASTREAM_START, demoReadings } from "../domain/demo-datastream";
import { convertDemoIndicators, demoGoals } from "../domain/demo-indicators";
import { demoObservations, seededRandom, textHash } from "../domain/demo-observations";
import { applyChanges, createLogicModel, type DefinitionFacts } from "../domain/logic-model";
import { aggregateByPeriod, type Frequency } from "../domain/periods";
import { FETCH_SOURCE_JOB } from "./fetch-source";
import { seedDemoReviewRound } from "./seed-demo-review";
import { demoSensorThingsBase } from "./source-network";

/** Values per indicator: the newest complete periods. */
const DEMO_PERIODS = 12;

/** The demo measure whose indicator is fed by the demo's SensorThings service (air quality stations). */
const SOURCED_MEASURE = "D2";

/**
 * Connects an indicator use to the platform's own demo SensorThings service and writes the values
 * it would have delivered so far (the same readings, aggregated the same way), so the dashboard has
 * a history at once and the first fetch finds nothing to change. The fetch job is due at once.
 */
async function seedDemoSource(
  tx: Executor,
  deps: Deps,
  use: { measureId: string; indicator: string; frequency: Frequency },
  now: Date,
): Promise<NewObservation[]> {
  const config = { base: demoSensorThingsBase(deps), datastreamId: DEMO_DATASTREAM_ID };
  const id = await saveSource(
    tx,
    { measureId: use.measureId, indicator: use.indicator, kind: "sensorthings", config, aggregation: "mean" },
    { by: null, now },
  );
  await schedule(tx, { name: FETCH_SOURCE_JOB, key: id, runAt: now, replaceRunAt: true });
  const readings = demoReadings(new Date(DEMO_DATASTREAM_START), now, now).map((reading) => ({
    at: new Date(reading.phenomenonTime),
    value: reading.result,
  }));
  const aggregated = aggregateByPeriod(readings, use.frequency, "mean", now, deps.city.timeZone);
  if (!aggregated.ok) return [];
  return aggregated.periods.map((period) => ({
    measureId: use.measureId,
    indicator: use.indicator,
    period: period.period,
    spatialUnit: "city",
    value: period.value,
    status: "final" as const,
    source: "sensorthings" as const,
    note: "",
    enteredBy: null,
    now,
    demo: true,
  }));
}

const firstReason = "Demo-Inhalt: Wirkungslogik und Indikatoren aus der Demo-Strategie übernommen.";
const revisionReason =
  "Demo-Inhalt: Die Schulungsräume stehen erst später zur Verfügung; das Team rechnet bis dahin mit weniger Teilnehmenden.";

/**
 * Gives the demo strategy's measures their logic models once (when there is none yet): the goals
 * and indicators of the demo file (domain/demo-indicators.ts) as version 1, one revised target as
 * version 2 so the history has something to tell, and invented values for the last periods
 * (domain/demo-observations.ts). Everything is marked as demo content. The values come from one
 * number drawn from `deps.random`, so an injected source gives the same demo every time. Then one
 * finished review round (use-cases/seed-demo-review.ts), when there is none yet.
 */
export async function seedMonitoring(deps: Deps): Promise<void> {
  if (!(await hasAnyModel(deps.database.db))) await seedLogicModels(deps);
  // Like the demo's automatic source, only while the demo is on: tests start from no round.
  if (deps.config.SEED_DEMO) await seedDemoReviewRound(deps);
}

async function seedLogicModels(deps: Deps): Promise<void> {
  const db = deps.database.db;
  const plans = demoMeasurePlans();
  const measures = await findMeasureReferencesByCodes(
    db,
    plans.measures.map((plan) => plan.code),
  );
  if (measures.length === 0) return;
  const now = deps.clock();
  const { timeZone } = deps.city;
  const today = cityDay(now, timeZone);
  const baselineDate = plans.adoptedOn && plans.adoptedOn <= today ? plans.adoptedOn : today;
  const targetPeriod = String(Math.max(2027, Number(today.slice(0, 4)) + 1));
  const seed = deps.random(4).readUInt32LE(0);
  let revised = false;
  await db.transaction(async (tx) => {
    for (const plan of plans.measures) {
      const measure = measures.find((m) => m.code === plan.code);
      if (!measure) continue;
      const converted = convertDemoIndicators(plan.code, plan.indicators, { baselineDate, targetPeriod });
      if (!converted.ok) {
        deps.logger.warn("demo indicators skipped", { measure: plan.code, issue: converted.issue.message });
        continue;
      }
      const definitions: Record<string, DefinitionFacts> = {};
      for (const { definition } of converted.indicators) {
        await insertDefinition(tx, definition, { by: null, now, demo: true });
        definitions[definition.key] = { frequency: definition.frequency, valueKind: definition.valueKind };
      }
      const context = { today: now, timeZone, definitions };
      const created = createLogicModel(
        {
          measureId: measure.id,
          goals: demoGoals(plan.goals),
          indicators: converted.indicators.map((indicator) => indicator.use),
        },
        firstReason,
        context,
      );
      if (!created.ok) {
        deps.logger.warn("demo logic model skipped", { measure: plan.code, issue: created.issue.message });
        continue;
      }
      await insertModelVersion(tx, { model: created.model, differences: [], by: null, now, demo: true });
      // One lowered target on the first measure with a numeric one, so its history shows a revision.
      const withTarget = created.model.indicators.find((use) => Object.values(use.targets).some((v) => v > 10));
      if (!revised && withTarget) {
        const [period, value] = Object.entries(withTarget.targets)[0] ?? [];
        if (period !== undefined && value !== undefined) {
          const next = applyChanges(
            created.model,
            {
              reason: revisionReason,
              changes: [
                {
                  kind: "change-target",
                  indicator: withTarget.indicator,
                  period,
                  to: Math.round(value * 0.8),
                  reason: revisionReason,
                },
              ],
            },
            context,
          );
          if (next.ok) {
            await insertModelVersion(tx, {
              model: next.model,
              differences: next.differences,
              by: null,
              now,
              demo: true,
            });
            revised = true;
          }
        }
      }
      // The demo service runs only while the demo is on (http/demo-sensorthings-routes.ts).
      const [sourced] = plan.code === SOURCED_MEASURE && deps.config.SEED_DEMO ? converted.indicators : [];
      const sourcedRows = sourced
        ? await seedDemoSource(
            tx,
            deps,
            { measureId: measure.id, indicator: sourced.definition.key, frequency: sourced.definition.frequency },
            now,
          )
        : [];
      const byHand = converted.indicators.filter((indicator) => indicator !== sourced);
      const rows: NewObservation[] = byHand.flatMap((indicator) =>
        demoObservations(indicator, {
          now,
          baselineDate,
          random: seededRandom(seed ^ textHash(indicator.definition.key)),
          maxPeriods: DEMO_PERIODS,
          timeZone,
        }).map((o) => ({
          measureId: measure.id,
          indicator: indicator.definition.key,
          period: o.period,
          spatialUnit: "city",
          value: o.value,
          status: o.status,
          source: "form" as const,
          note: "",
          enteredBy: null,
          now,
          demo: true,
        })),
      );
      await insertObservations(tx, [...sourcedRows, ...rows]);
    }
  });
}
