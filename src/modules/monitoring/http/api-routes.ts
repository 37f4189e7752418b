import { z } from "zod";
import { defineApiRoute } from "../../../platform/api/api";
import { paginated, paginationQuery } from "../../../platform/api/pagination";
import { Invalid } from "../../../platform/errors/errors";
import { invocation } from "../../../platform/http/invocation";
import { requirePermission } from "../../../platform/permissions/require-permission";
import { indicatorDirections, indicatorLevels, spatialUnits, targetList, valueKinds } from "../domain/indicator";
import { indicatorUseId } from "../domain/indicator-id";
import { MAX_VALUES_PER_REQUEST, sentValuesBody } from "../domain/inputs";
import { observationSources, type StoredObservation } from "../domain/monitoring-view";
import { frequencies } from "../domain/periods";
import { observationStatuses, progressStatuses, trends } from "../domain/progress";
import { checkUnit } from "../domain/units";
import { listIndicatorValues } from "../use-cases/list-indicator-values";
import { indicatorResourceOf } from "../use-cases/measure-access";
import { sendObservations } from "../use-cases/send-observations";
import { showIndicatorUses } from "../use-cases/show-indicator-uses";

const bilingual = z.object({ de: z.string(), en: z.string() });
const periodValue = z.object({ period: z.string(), value: z.number() });

const indicatorUse = z.object({
  /** The public id of the use: the measure's slug and the definition's key (ADR 0020). */
  id: z.string(),
  key: z.string(),
  name: bilingual,
  level: z.enum(indicatorLevels),
  unit: z.object({ code: z.string(), label: bilingual }),
  valueKind: z.enum(valueKinds),
  direction: z.enum(indicatorDirections),
  frequency: z.enum(frequencies),
  spatialUnit: z.enum(spatialUnits),
  goal: z.string(),
  baseline: z.object({ value: z.number(), date: z.string() }).nullable(),
  targets: z.array(periodValue),
  targetNote: z.string().nullable(),
  latest: periodValue.extend({ status: z.enum(observationStatuses) }).nullable(),
  /** The target that counts now (the current period's, or the next). */
  currentTarget: periodValue.nullable(),
  progress: z.number().nullable(),
  expectedProgress: z.number().nullable(),
  status: z.enum(progressStatuses),
  trend: z.enum(trends),
  /** For an indicator measured per district: each district with values, assessed on its own. */
  districts: z.array(
    z.object({
      district: z.string(),
      latest: periodValue.extend({ status: z.enum(observationStatuses) }).nullable(),
      progress: z.number().nullable(),
      status: z.enum(progressStatuses),
    }),
  ),
  observations: z.string(),
});

const indicatorUses = z.object({
  measure: z.string(),
  /** The version of the measure's logic model in force; null before it has one. */
  modelVersion: z.number().int().nullable(),
  items: z.array(indicatorUse),
});

const observation = z.object({
  id: z.string(),
  period: z.string(),
  spatialUnit: z.string(),
  value: z.number(),
  status: z.enum(observationStatuses),
  source: z.enum(observationSources),
  /** Whether this value corrects an earlier one, and which. */
  correction: z.boolean(),
  corrects: z.string().nullable(),
  enteredAt: z.string(),
});

const valuesQuery = paginationQuery.extend({
  from: z.string().max(20).optional(),
  to: z.string().max(20).optional(),
  spatialUnit: z.string().max(64).optional(),
});

const sent = z.object({
  indicator: z.string(),
  added: z.number().int(),
  corrected: z.number().int(),
  items: z.array(
    z.object({
      period: z.string(),
      spatialUnit: z.string(),
      value: z.number(),
      status: z.enum(observationStatuses),
      correction: z.boolean(),
    }),
  ),
});

const observationsPath = (id: string) => `/api/v1/indicators/${id}/observations`;

function observationOf(o: StoredObservation): z.input<typeof observation> {
  return {
    id: o.id,
    period: o.period,
    spatialUnit: o.spatialUnit,
    value: o.value,
    status: o.status,
    source: o.source,
    correction: o.corrects !== null,
    corrects: o.corrects,
    enteredAt: o.enteredAt.toISOString(),
  };
}

/** The values' issues as the use case names them (`items.3.period`), named as parts of the body (`body.items.3.period`). */
async function issuesOfBody<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof Invalid) || error.status !== 422) throw error;
    const issues = error.issues.map((issue) => ({ ...issue, path: `body.${issue.path}` }));
    throw new Invalid(error.message, issues);
  }
}

/** The monitoring API: a measure's indicators, their values, and values sent by the measure's team. */
export const monitoringApi = [
  defineApiRoute({
    method: "get",
    path: "/api/v1/measures/{slug}/indicators",
    summary:
      "The indicators of a measure's current logic model, each with its definition, baseline, targets, latest value and status",
    tag: "monitoring",
    response: indicatorUses,
    errors: [404],
    handler: async (c, { params }) => {
      const { measure, version, uses } = await showIndicatorUses(c.get("deps"), params.slug ?? "");
      return {
        measure: measure.slug,
        modelVersion: version,
        items: uses.flatMap(({ use, definition, assessment, status, districts }) => {
          if (!definition) return [];
          const id = indicatorUseId(measure.slug, use.indicator);
          const unit = checkUnit(definition.unit);
          return [
            {
              id,
              key: use.indicator,
              name: definition.name,
              level: definition.level,
              unit: {
                code: definition.unit,
                label: unit.ok ? unit.label : { de: definition.unit, en: definition.unit },
              },
              valueKind: definition.valueKind,
              direction: definition.direction,
              frequency: definition.frequency,
              spatialUnit: definition.spatialUnit,
              goal: use.goal,
              baseline: use.baseline,
              targets: targetList(use.targets),
              targetNote: use.targetNote,
              latest: assessment?.latest ?? null,
              currentTarget: assessment?.target ?? null,
              progress: assessment?.progress ?? null,
              expectedProgress: assessment?.expectedProgress ?? null,
              status,
              trend: assessment?.trend ?? "unknown",
              districts: districts.map((d) => ({
                district: d.district,
                latest: d.assessment?.latest ?? null,
                progress: d.assessment?.progress ?? null,
                status: d.status,
              })),
              observations: observationsPath(id),
            },
          ];
        }),
      };
    },
  }),
  defineApiRoute({
    method: "get",
    path: "/api/v1/indicators/{id}/observations",
    summary:
      "The current values of a measure's indicator (id: measure slug and indicator key, joined by a dot), newest period first; from/to are period keys of its frequency, both included",
    tag: "monitoring",
    query: valuesQuery,
    response: paginated(observation),
    errors: [404],
    handler: async (c, { params, query }) => {
      const { items, total } = await listIndicatorValues(c.get("deps"), params.id ?? "", query);
      return { items: items.map(observationOf), total, page: query.page, pageSize: query.pageSize };
    },
  }),
  defineApiRoute({
    method: "post",
    path: "/api/v1/indicators/{id}/observations",
    summary: `Send values of a measure's indicator as its team or the strategy office: one value, or {"items": [...]} with up to ${MAX_VALUES_PER_REQUEST}, saved all or none. A period and area that has a value already takes only a correction ("correction": true, the reason in "note").`,
    tag: "monitoring",
    auth: true,
    authorise: (c, params) =>
      requirePermission(c.get("state").actor, "monitoring.observation.record", indicatorResourceOf(params.id)),
    body: sentValuesBody,
    response: sent,
    errors: [401, 403, 404, 409, 422],
    handler: async (c, { params, body }) => {
      const result = await issuesOfBody(() =>
        sendObservations(c.get("deps"), invocation(c), { indicator: params.id ?? "", items: body.items }),
      );
      return {
        indicator: result.indicator,
        added: result.added,
        corrected: result.corrected,
        items: result.values,
      };
    },
  }),
];
