/**
 * Monitoring data at a strategy's full size for bench/monitoring.ts: the demo's measures topped up to
 * `measures`, each with a logic model of `indicators` uses of bench definitions (half quarterly, half
 * monthly, with a baseline and a target), and `periods` city-wide values per use up to the last
 * complete period, one in twenty corrected (the replaced value kept, as a correction does). Values go
 * straight into the table with set-based SQL; models through the domain's own check. Then a review
 * round over every measure with a model, published, with every other report sent (a narrative and a
 * lesson each): the implementation report at full size.
 */
import { sql } from "drizzle-orm";
import { insertDefinition } from "../../src/modules/monitoring/data/indicators";
import { insertRound, measuresWithModel, publishLessons } from "../../src/modules/monitoring/data/reviews";
import { monitoringModelVersions } from "../../src/modules/monitoring/data/schema";
import { type IndicatorDefinition, indicatorDefinitionSchema } from "../../src/modules/monitoring/domain/indicator";
import { createLogicModel, type LogicModel } from "../../src/modules/monitoring/domain/logic-model";
import {
  type Frequency,
  nextPeriod,
  periodContaining,
  previousPeriod,
} from "../../src/modules/monitoring/domain/periods";
import { columnsOf } from "../../src/modules/strategy/data/measures";
import { measures } from "../../src/modules/strategy/data/schema";
import { blankContent, type MeasureContent } from "../../src/modules/strategy/domain/model";
import type { Database } from "../../src/platform/db/database";

export interface MonitoringVolume {
  measures: number;
  indicators: number;
  periods: number;
}

type RowsOf = <T>(query: ReturnType<typeof sql>) => Promise<T[]>;

const frequencyOf = (i: number): Frequency => (i % 2 === 0 ? "quarterly" : "monthly");

function definitionOf(i: number): IndicatorDefinition {
  const frequency = frequencyOf(i);
  return indicatorDefinitionSchema.parse({
    key: `bench-indicator-${i + 1}`,
    name: { de: `Kennzahl ${i + 1} der Messreihe`, en: `Indicator ${i + 1} of the series` },
    definition: { de: "Zählt, was die Maßnahme bewirkt.", en: "Counts what the measure achieves." },
    level: i < 3 ? "output" : i < 7 ? "outcome" : "impact",
    unit: "{persons}",
    direction: i % 3 === 2 ? "decrease" : "increase",
    dataSource: "Eigene Erhebung der Maßnahme",
    frequency,
    spatialUnit: "city",
  });
}

function benchMeasure(i: number, phases: string[], fields: string[]): MeasureContent {
  return {
    ...blankContent(),
    title: { de: `Messreihe ${i}: Digitale Nachbarschaft`, en: `Series ${i}: digital neighbourhood` },
    summary: { de: "Eine Maßnahme der Lastprobe.", en: "A measure of the load test." },
    type: (["central", "decentral", "network"] as const)[i % 3] ?? "central",
    status: "running",
    phaseId: phases[i % phases.length] ?? null,
    actionFieldIds: [fields[i % fields.length] ?? ""].filter(Boolean),
    districtIds: [],
    cityWide: i % 5 === 0,
    goals: {
      output: { de: "Ein Werkzeug", en: "A tool" },
      outcome: { de: "Mehr Menschen nutzen es", en: "More people use it" },
      impact: { de: "Eine lebenswertere Stadt", en: "A more livable city" },
    },
    sourceStatus: "demo",
  };
}

/** A model of the bench definitions for one measure, checked by the domain like any other. */
function benchModel(measureId: string, count: number, now: Date): LogicModel {
  const goals = [
    { id: "output", level: "output", text: { de: "Ein Werkzeug", en: "A tool" } },
    { id: "outcome", level: "outcome", text: { de: "Mehr Menschen nutzen es", en: "More people use it" } },
    { id: "impact", level: "impact", text: { de: "Eine lebenswertere Stadt", en: "A more livable city" } },
  ];
  const definitions: Record<string, { frequency: Frequency; valueKind: "number" }> = {};
  const indicators = Array.from({ length: count }, (_, i) => {
    const definition = definitionOf(i);
    definitions[definition.key] = { frequency: definition.frequency, valueKind: "number" };
    // A target two years on, in the indicator's own periods.
    let target = periodContaining(now, definition.frequency);
    for (let step = 0; step < (definition.frequency === "monthly" ? 24 : 8); step++) target = nextPeriod(target);
    return {
      indicator: definition.key,
      goal: definition.level,
      baseline: { value: 100, date: "2016-01-01" },
      targets: { [target]: definition.direction === "decrease" ? 20 : 1000 },
      targetNote: null,
      responsibleAccountId: null,
    };
  });
  const made = createLogicModel(
    { measureId, goals, indicators },
    "Lastprobe: Wirkungslogik mit allen Kennzahlen der Messreihe.",
    { today: now, definitions },
  );
  if (!made.ok) throw new Error(`bench model refused: ${JSON.stringify(made.issue)}`);
  return made.model;
}

/** The `periods` newest complete periods before `now`, oldest first. */
function lastPeriods(frequency: Frequency, now: Date, periods: number): string[] {
  const list: string[] = [];
  let period = previousPeriod(periodContaining(now, frequency));
  for (let i = 0; i < periods; i++) {
    list.unshift(period);
    period = previousPeriod(period);
  }
  return list;
}

export async function fillMonitoring(
  database: Database,
  volume: MonitoringVolume,
  now: Date,
): Promise<{ measures: number; uses: number; values: number; seconds: number }> {
  const started = performance.now();
  const db = database.db;
  const rowsOf: RowsOf = async <T>(query: ReturnType<typeof sql>) =>
    ((await db.execute(query)) as unknown as { rows: T[] }).rows;
  const phases = (await rowsOf<{ id: string }>(sql`select id from strategy_phases order by position`)).map((r) => r.id);
  const fields = (await rowsOf<{ id: string }>(sql`select id from strategy_action_fields order by id`)).map(
    (r) => r.id,
  );
  const [existing] = await rowsOf<{ n: number }>(sql`select count(*)::int as n from strategy_measures`);
  const toAdd = Math.max(0, volume.measures - Number(existing?.n ?? 0));
  for (let start = 0; start < toAdd; start += 250) {
    const batch = Array.from({ length: Math.min(250, toAdd - start) }, (_, j) => {
      const i = start + j + 1;
      return {
        slug: `messreihe-${i}`,
        code: null,
        ...columnsOf(benchMeasure(i, phases, fields)),
        strongValueIds: [],
        version: 1,
        createdAt: now,
        updatedAt: now,
      };
    });
    await db.insert(measures).values(batch);
  }

  for (let i = 0; i < volume.indicators; i++) {
    await insertDefinition(db, definitionOf(i), { by: null, now, demo: true });
  }
  // Every measure without goals yet gets the bench model (the demo's measures keep theirs).
  const bare = await rowsOf<{ id: string }>(
    sql`select id from strategy_measures m where not exists (select 1 from monitoring_model_versions v where v.measure_id = m.id)`,
  );
  const models = bare.map(({ id }) => benchModel(id, volume.indicators, now));
  for (let start = 0; start < models.length; start += 100) {
    await db.insert(monitoringModelVersions).values(
      models.slice(start, start + 100).map((model) => ({
        measureId: model.measureId,
        version: 1,
        content: model,
        indicatorKeys: model.indicators.map((use) => use.indicator),
        reason: model.reason,
        differences: [],
        demo: true,
        createdAt: now,
      })),
    );
  }

  // The values: a rising (or falling) line with some noise per measure and indicator, all in SQL.
  for (let i = 0; i < volume.indicators; i++) {
    const definition = definitionOf(i);
    const periods = lastPeriods(definition.frequency, now, volume.periods);
    const sign = definition.direction === "decrease" ? -1 : 1;
    await db.execute(sql`
      insert into monitoring_observations
        (measure_id, indicator_key, period, spatial_unit, value, status, source, note, entered_at, demo)
      select v.measure_id, ${definition.key}, p.period, 'city',
             100 + ${sign} * p.n * (2 + abs(hashtext(v.measure_id::text)) % 20) + abs(hashtext(v.measure_id::text || p.period)) % 15,
             case when p.n = ${periods.length} then 'provisional' else 'final' end, 'form', '', ${now}, true
      from monitoring_model_versions v
      cross join unnest(${sql.raw(`array[${periods.map((p) => `'${p}'`).join(",")}]`)}::text[]) with ordinality as p(period, n)
      where v.demo and v.indicator_keys @> array[${definition.key}]::text[]
    `);
  }
  // One value in twenty was corrected: the first figure stays, replaced, and the correction names it.
  await db.execute(sql`
    with corrected as (
      select id, measure_id, indicator_key, period, spatial_unit, value from monitoring_observations
      where indicator_key like 'bench-indicator-%' and superseded_at is null and abs(hashtext(id::text)) % 20 = 0
    ), replaced as (
      insert into monitoring_observations
        (measure_id, indicator_key, period, spatial_unit, value, status, source, note, superseded_at, entered_at, demo)
      select measure_id, indicator_key, period, spatial_unit, value + 7, 'final', 'csv', '', ${now}, ${now}, true
      from corrected
      returning id, measure_id, indicator_key, period
    )
    update monitoring_observations o set corrects = replaced.id, status = 'corrected', note = 'Tippfehler berichtigt'
    from replaced
    where o.measure_id = replaced.measure_id and o.indicator_key = replaced.indicator_key
      and o.period = replaced.period and o.superseded_at is null
  `);
  await db.execute(sql`analyze`);
  const [counted] = await rowsOf<{ measures: number; uses: number; values: number }>(sql`
    select (select count(*) from strategy_measures)::int as measures,
           (select coalesce(sum(cardinality(indicator_keys)), 0) from (
              select distinct on (measure_id) indicator_keys from monitoring_model_versions order by measure_id, version desc
            ) m)::int as uses,
           (select count(*) from monitoring_observations)::int as values`);
  return {
    measures: Number(counted?.measures),
    uses: Number(counted?.uses),
    values: Number(counted?.values),
    seconds: (performance.now() - started) / 1000,
  };
}

/**
 * A published review round of the last half-year over every measure with a logic model, every other
 * report sent with a narrative and a lesson, the rest missing (as in a real round). Answers its id.
 */
export async function fillReviewRound(database: Database, now: Date): Promise<string> {
  const db = database.db;
  const rowsOf: RowsOf = async <T>(query: ReturnType<typeof sql>) =>
    ((await db.execute(query)) as unknown as { rows: T[] }).rows;
  const ids = [...(await measuresWithModel(db))];
  const titled = await rowsOf<{ id: string; slug: string; de: string; en: string }>(
    sql`select id, slug, title_de as de, title_en as en from strategy_measures where id in (${sql.join(
      ids.map((id) => sql`${id}::uuid`),
      sql`, `,
    )})`,
  );
  const year = now.getUTCFullYear();
  const round = await insertRound(
    db,
    {
      title: "Lastprobe: Halbjahresbericht",
      periodFrom: `${year}-01-01`,
      periodTo: `${year}-06-30`,
      deadline: `${year}-07-31`,
    },
    titled.map((m) => ({ id: m.id, slug: m.slug, title: { de: m.de, en: m.en } })),
    { now, by: null },
  );
  await db.execute(sql`
    update monitoring_review_reports set
      started = true, submitted_at = ${now}, model_version = 1,
      values_note = 'Die Werte des Halbjahres sind auf der Wirkungsseite eingetragen.',
      narrative = 'Die Maßnahme kommt voran; die ersten Angebote laufen und werden gut angenommen. Die Zusammenarbeit mit den Bezirken trägt.',
      went_well = 'Die Zusammenarbeit mit Initiativen aus der Stadtgesellschaft.',
      risks = 'Die Finanzierung ab dem nächsten Haushaltsjahr ist noch nicht gesichert.'
    where round_id = ${round} and abs(hashtext(measure_slug)) % 2 = 0`);
  await db.execute(sql`
    insert into monitoring_lessons (report_id, round_id, measure_id, position, text, tags)
    select id, round_id, measure_id, 0, 'Früh mit den Menschen vor Ort sprechen spart später Umwege.', array['Bezirke']
    from monitoring_review_reports where round_id = ${round} and submitted_at is not null`);
  await db.execute(sql`
    update monitoring_review_rounds set state = 'published', closed_at = ${now}, published_at = ${now},
      office_answer = 'Die Strategieleitstelle dankt den Teams.', panel_name = 'Bürger:innenrat',
      panel_recommendation = 'Der Rat empfiehlt, die Ergebnisse in einfacher Sprache zu veröffentlichen.',
      panel_recommended_on = ${`${year}-07-15`}
    where id = ${round}`);
  await publishLessons(db, round, now);
  await db.execute(sql`analyze`);
  return round;
}
