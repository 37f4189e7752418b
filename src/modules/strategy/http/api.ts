import { stream } from "hono/streaming";
import { z } from "zod";
import { defineApiRoute } from "../../../platform/api/api";
import { offsetOf, paginated, paginationQuery } from "../../../platform/api/pagination";
import type { Locale } from "../../../platform/i18n/i18n";
import { currentAssessments } from "../domain/assessment";
import type { MeasureListItem } from "../domain/catalogue";
import { apiListQuery } from "../domain/filters";
import {
  type BilingualText,
  isDemo,
  measureOrigins,
  measureStatuses,
  measureTypes,
  pick,
  sourceStatuses,
} from "../domain/model";
import { type ExportFormat, exportMeasuresMatching } from "../use-cases/export-measures";
import { searchMeasures } from "../use-cases/list-measures";
import { listOrganisations } from "../use-cases/list-organisations";
import { readReferenceTables, readStrategyOverview } from "../use-cases/read-strategy-overview";
import { readMeasure } from "../use-cases/show-measure";
import { renderMarkdown } from "../views/markdown";
import { cachedAnswer } from "./page-cache";

const langQuery = z.object({ lang: z.enum(["de", "en"]).optional() });

const organisationRef = z.object({ id: z.string(), name: z.string() });

const measureItem = z.object({
  slug: z.string(),
  url: z.string(),
  title: z.string(),
  summary: z.string(),
  type: z.enum(measureTypes),
  pilot: z.boolean(),
  status: z.enum(measureStatuses).nullable(),
  phase: z.string().nullable(),
  actionFields: z.array(z.string()),
  districts: z.array(z.string()),
  cityWide: z.boolean(),
  period: z.object({ start: z.string().nullable(), end: z.string().nullable() }),
  responsibleOrganisation: organisationRef.nullable(),
  demo: z.boolean(),
  updatedAt: z.string(),
});

const measureDetail = measureItem.extend({
  lang: z.enum(["de", "en"]),
  code: z.string().nullable(),
  description: z.string().describe("Markdown"),
  descriptionHtml: z.string().describe("The description as sanitised HTML"),
  origin: z.enum(measureOrigins),
  originRef: z.string().nullable(),
  involvedOrganisations: z.array(organisationRef),
  spatialLevels: z.array(z.string()),
  periodNote: z.string(),
  goals: z.object({ output: z.string(), outcome: z.string(), impact: z.string() }),
  indicators: z.array(
    z.object({
      level: z.string(),
      name: z.string(),
      unit: z.string().nullable(),
      baseline: z.string().nullable(),
      target: z.string().nullable(),
      value: z.string().nullable(),
      demo: z.boolean(),
    }),
  ),
  assessment: z.array(
    z.object({
      value: z.string(),
      score: z.number().int().min(0).max(3),
      rationale: z.string(),
      assessedBy: z.string(),
      assessedOn: z.string(),
      demo: z.boolean(),
    }),
  ),
  team: z.array(
    z.object({
      name: z.string(),
      organisation: z.string().nullable(),
      role: z.string(),
      responsibility: z.string(),
      shareOfTime: z.number().nullable(),
    }),
  ),
  resources: z.array(
    z.object({ amountEur: z.number().nullable(), source: z.string(), fundingProgramme: z.string().nullable() }),
  ),
  contact: z.object({ name: z.string(), email: z.string() }),
  links: z.array(z.object({ url: z.string(), label: z.string() })),
  sourceStatus: z.enum(sourceStatuses),
  version: z.number().int(),
});

function listItem(m: MeasureListItem, locale: Locale, baseUrl: string): z.input<typeof measureItem> {
  return {
    slug: m.slug,
    url: `${baseUrl}/measures/${m.slug}`,
    title: pick(m.title, locale),
    summary: pick(m.summary, locale),
    type: m.type,
    pilot: m.pilot,
    status: m.status,
    phase: m.phaseId,
    actionFields: m.actionFieldIds,
    districts: m.districtIds,
    cityWide: m.cityWide,
    period: { start: m.periodStart, end: m.periodEnd },
    responsibleOrganisation: m.responsibleOrganisation
      ? { id: m.responsibleOrganisation.id, name: pick(m.responsibleOrganisation.name, locale) }
      : null,
    demo: m.sourceStatus === "demo",
    updatedAt: m.updatedAt.toISOString(),
  };
}

const text = (t: BilingualText, locale: Locale) => pick(t, locale);

/** A download of every measure matching the filters, streamed so large catalogues need little memory. */
function exportRoute(spec: {
  path: string;
  summary: string;
  response: z.ZodType;
  contentType: "text/csv" | "application/json";
  format: ExportFormat;
}) {
  return defineApiRoute({
    method: "get",
    path: spec.path,
    summary: spec.summary,
    tag: "strategy",
    query: apiListQuery,
    response: spec.response,
    produces: spec.contentType,
    handler: async (c, { query }) => {
      const chunks = await exportMeasuresMatching(c.get("deps"), query, c.get("state").t, spec.format);
      c.header("Content-Type", `${spec.contentType}; charset=utf-8`);
      return stream(c, async (s) => {
        for await (const chunk of chunks) await s.write(chunk);
      });
    },
  });
}

export const strategyApi = [
  defineApiRoute({
    method: "get",
    path: "/api/v1/measures",
    summary: "Measures of the strategy, filtered, searched (German and English stemming) and paginated",
    tag: "strategy",
    query: apiListQuery,
    response: paginated(measureItem),
    handler: async (c, { query }) =>
      cachedAnswer(c, async (version) => {
        const deps = c.get("deps");
        const { locale, t } = c.get("state");
        const { items, total } = await searchMeasures(deps, query, locale, t, version);
        return c.json({
          items: items.map((m) => listItem(m, locale, deps.config.baseUrl)),
          total,
          page: query.page,
          pageSize: query.pageSize,
        });
      }),
  }),
  exportRoute({
    path: "/api/v1/measures.csv",
    summary: "All measures matching the filters, every field in German and English, as CSV",
    response: z.string(),
    contentType: "text/csv",
    format: "csv",
  }),
  exportRoute({
    path: "/api/v1/measures.json",
    summary: "All measures matching the filters, every field in German and English, as one JSON document",
    response: z.object({ items: z.array(z.record(z.string(), z.unknown())) }),
    contentType: "application/json",
    format: "json",
  }),
  defineApiRoute({
    method: "get",
    path: "/api/v1/measures/{slug}",
    summary: "One measure with all its fields in the requested language (Accept-Language or ?lang=)",
    tag: "strategy",
    query: langQuery,
    response: measureDetail,
    errors: [404],
    handler: async (c, { params }) =>
      cachedAnswer(c, async () => {
        const deps = c.get("deps");
        const { locale } = c.get("state");
        const { measure: m, organisations, history } = await readMeasure(deps, params.slug ?? "");
        const c0 = m.content;
        const org = (id: string) => {
          const organisation = organisations.get(id);
          return { id, name: organisation ? pick(organisation.name, locale) : id };
        };
        const result: z.input<typeof measureDetail> = {
          slug: m.slug,
          url: `${deps.config.baseUrl}/measures/${m.slug}`,
          lang: locale,
          code: m.code,
          title: text(c0.title, locale),
          summary: text(c0.summary, locale),
          description: text(c0.description, locale),
          descriptionHtml: renderMarkdown(text(c0.description, locale)),
          type: c0.type,
          pilot: c0.pilot,
          origin: c0.origin,
          originRef: c0.originRef,
          status: c0.status,
          phase: c0.phaseId,
          actionFields: c0.actionFieldIds,
          spatialLevels: c0.spatialLevelIds,
          districts: c0.districtIds,
          cityWide: c0.cityWide,
          period: { start: c0.periodStart, end: c0.periodEnd },
          periodNote: text(c0.periodNote, locale),
          responsibleOrganisation: c0.responsibleOrganisationId ? org(c0.responsibleOrganisationId) : null,
          involvedOrganisations: c0.involvedOrganisationIds.map(org),
          goals: {
            output: text(c0.goals.output, locale),
            outcome: text(c0.goals.outcome, locale),
            impact: text(c0.goals.impact, locale),
          },
          indicators: c0.indicators.map((i) => ({
            level: i.level,
            name: text(i.name, locale),
            unit: i.unit,
            baseline: i.baseline,
            target: i.target,
            value: i.value,
            demo: i.sourceStatus === "demo",
          })),
          assessment: [...currentAssessments(history).values()].map((a) => ({
            value: a.valueId,
            score: a.score,
            rationale: text(a.rationale, locale),
            assessedBy: a.assessedBy,
            assessedOn: a.assessedOn,
            demo: a.sourceStatus === "demo",
          })),
          team: c0.team.map((t) => ({
            name: t.name,
            organisation: t.organisationId,
            role: text(t.role, locale),
            responsibility: text(t.responsibility, locale),
            shareOfTime: t.shareOfTime,
          })),
          resources: c0.resources.map((r) => ({
            amountEur: r.amountEur,
            source: text(r.source, locale),
            fundingProgramme: r.fundingProgramme,
          })),
          contact: { name: c0.contactName, email: c0.contactEmail },
          links: c0.links.map((l) => ({ url: l.url, label: text(l.label, locale) || l.url })),
          demo: isDemo(c0),
          sourceStatus: c0.sourceStatus,
          version: m.version,
          updatedAt: m.updatedAt.toISOString(),
        };
        return c.json(result);
      }),
  }),
  defineApiRoute({
    method: "get",
    path: "/api/v1/values",
    summary: "The values of the values compass with their assessment questions and the scale",
    tag: "strategy",
    query: paginationQuery.extend(langQuery.shape),
    response: paginated(
      z.object({
        id: z.string(),
        name: z.string(),
        description: z.string(),
        questions: z.array(z.string()),
        scale: z.array(z.object({ score: z.number().int(), label: z.string() })),
      }),
    ),
    handler: async (c, { query }) =>
      cachedAnswer(c, async (version) => {
        const { locale } = c.get("state");
        const reference = await readReferenceTables(c.get("deps"), version);
        const scale = (reference.strategy?.scale[locale] ?? []).map((label, score) => ({ score, label }));
        const all = reference.values.map((v) => ({
          id: v.id,
          name: text(v.name, locale),
          description: text(v.description, locale),
          questions: v.questions.map((q) => text(q, locale)),
          scale,
        }));
        const start = offsetOf(query);
        return c.json({
          items: all.slice(start, start + query.pageSize),
          total: all.length,
          page: query.page,
          pageSize: query.pageSize,
        });
      }),
  }),
  defineApiRoute({
    method: "get",
    path: "/api/v1/action-fields",
    summary: "The action fields with their cluster and number of measures",
    tag: "strategy",
    query: paginationQuery.extend(langQuery.shape),
    response: paginated(
      z.object({
        id: z.string(),
        name: z.string(),
        description: z.string(),
        cluster: z.object({ id: z.string(), name: z.string() }),
        measureCount: z.number().int(),
      }),
    ),
    handler: async (c, { query }) =>
      cachedAnswer(c, async (version) => {
        const { locale } = c.get("state");
        const { reference, countsByActionField: counts } = await readStrategyOverview(c.get("deps"), version);
        const all = reference.actionFields.map((a) => {
          const cluster = reference.clusters.find((x) => x.id === a.clusterId);
          return {
            id: a.id,
            name: text(a.name, locale),
            description: text(a.description, locale),
            cluster: { id: a.clusterId, name: cluster ? text(cluster.name, locale) : a.clusterId },
            measureCount: counts.get(a.id) ?? 0,
          };
        });
        const start = offsetOf(query);
        return c.json({
          items: all.slice(start, start + query.pageSize),
          total: all.length,
          page: query.page,
          pageSize: query.pageSize,
        });
      }),
  }),
  defineApiRoute({
    method: "get",
    path: "/api/v1/organisations",
    summary: "The organisations taking part, with their stakeholder group",
    tag: "strategy",
    query: paginationQuery.extend(langQuery.shape),
    response: paginated(
      z.object({
        id: z.string(),
        name: z.string(),
        stakeholderGroup: z.string().nullable(),
        demo: z.boolean(),
        url: z.string(),
      }),
    ),
    handler: async (c, { query }) =>
      cachedAnswer(c, async () => {
        const { locale } = c.get("state");
        const deps = c.get("deps");
        const { items, total } = await listOrganisations(deps, {
          limit: query.pageSize,
          offset: offsetOf(query),
        });
        return c.json({
          items: items.map((o) => ({
            id: o.id,
            name: text(o.name, locale),
            stakeholderGroup: o.kind,
            demo: o.sourceStatus === "demo",
            url: `${deps.config.baseUrl}/organisations/${encodeURIComponent(o.id)}`,
          })),
          total,
          page: query.page,
          pageSize: query.pageSize,
        });
      }),
  }),
];
