import { z } from "zod";
import { type ApiRouteDefinition, defineApiRoute } from "../../../platform/api/api";
import { paginated, paginationQuery } from "../../../platform/api/pagination";
import { actionsOf, methods, participationActions, processState, subjectKinds, visibilities } from "../domain/process";
import { processWhens } from "../domain/process-filter";
import { processPath } from "../domain/process-path";
import type { StoredProcess } from "../domain/stored-process";
import { listProcessPage } from "../use-cases/list-processes";
import { processByKey } from "../use-cases/show-process";

const bilingual = z.object({ de: z.string(), en: z.string() });

const phase = z.object({
  position: z.number().int(),
  method: z.enum(methods),
  startsAt: z.string(),
  endsAt: z.string(),
  description: bilingual.nullable(),
  active: z.boolean(),
  actions: z.array(z.enum(participationActions)),
  link: z.string().nullable(),
});

const processSummary = z.object({
  id: z.string(),
  slug: z.string(),
  title: bilingual,
  summary: bilingual,
  subject: z.object({ kind: z.enum(subjectKinds), key: z.string().nullable(), link: z.string().nullable() }),
  actionField: z.string().nullable(),
  districts: z.array(z.string()),
  visibility: z.enum(visibilities),
  demo: z.boolean(),
  status: z.enum(["upcoming", "running", "finished"]),
  startsAt: z.string(),
  endsAt: z.string(),
  methods: z.array(z.enum(methods)),
  link: z.string(),
});

const processDetail = processSummary.extend({
  organisation: z.string(),
  contact: z.string(),
  phases: z.array(phase),
  links: z.object({
    page: z.string(),
    text: z.string().nullable(),
    survey: z.string().nullable(),
    report: z.string().nullable(),
  }),
});

/** The strict filters of the API: an unknown value is a bad request, not silently dropped as on the page. */
const listQuery = paginationQuery.extend({
  subject: z.enum(subjectKinds).optional(),
  actionField: z.string().max(100).optional(),
  district: z.string().max(100).optional(),
  method: z.enum(methods).optional(),
  when: z.enum(processWhens).optional(),
});

function subjectOf(process: StoredProcess) {
  const s = process.subject;
  if (s.kind === "measure") return { kind: s.kind, key: s.slug, link: `/measures/${encodeURIComponent(s.slug)}` };
  if (s.kind === "action-field")
    return { kind: s.kind, key: s.key, link: `/action-fields/${encodeURIComponent(s.key)}` };
  if (s.kind === "topic") return { kind: s.kind, key: s.text, link: null };
  return { kind: s.kind, key: null, link: "/strategy" };
}

function summaryOf(process: StoredProcess, now: Date): z.input<typeof processSummary> {
  const state = processState(process.phases, now);
  return {
    id: process.id,
    slug: process.slug,
    title: process.title,
    summary: process.summary,
    subject: subjectOf(process),
    actionField: process.actionField,
    districts: process.districts,
    visibility: process.visibility,
    demo: process.demo,
    status: state.kind,
    startsAt: process.phases[0]?.startsAt.toISOString() ?? "",
    endsAt: process.phases.at(-1)?.endsAt.toISOString() ?? "",
    methods: [...new Set(process.phases.map((p) => p.method))],
    link: processPath(process.slug),
  };
}

function methodLink(process: StoredProcess, method: string): string | null {
  const page = processPath(process.slug);
  if (method === "text-review") return `${page}/text`;
  if (method === "survey") return `${page}/survey`;
  if (method === "closing-report") return `${page}/report`;
  return null;
}

/** The process part of the participation API. */
export const processApi: ApiRouteDefinition[] = [
  defineApiRoute({
    method: "get",
    path: "/api/v1/processes",
    summary: "Participation processes: running ones first, then upcoming, then finished; filtered like the list page",
    tag: "participation",
    query: listQuery,
    response: paginated(processSummary),
    handler: async (c, { query }) => {
      const { page, pageSize, ...filter } = query;
      const deps = c.get("deps");
      const list = await listProcessPage(deps, filter, { page, pageSize }, "de");
      const now = deps.clock();
      return { items: list.items.map((p) => summaryOf(p, now)), total: list.total, page, pageSize };
    },
  }),
  defineApiRoute({
    method: "get",
    path: "/api/v1/processes/{id}",
    summary: "One participation process by its id or its address, with its phases, methods and status",
    tag: "participation",
    response: processDetail,
    errors: [404],
    handler: async (c, { params }) => {
      const deps = c.get("deps");
      const process = await processByKey(deps, params.id ?? "");
      const now = deps.clock();
      const state = processState(process.phases, now);
      const has = (method: string) => process.phases.some((p) => p.method === method);
      return {
        ...summaryOf(process, now),
        organisation: process.organisation,
        contact: process.contact,
        phases: process.phases.map((p, position) => ({
          position,
          method: p.method,
          startsAt: p.startsAt.toISOString(),
          endsAt: p.endsAt.toISOString(),
          description: p.description,
          active: state.kind === "running" && state.phase === position,
          actions: [...actionsOf(p.method)],
          link: methodLink(process, p.method),
        })),
        links: {
          page: processPath(process.slug),
          text: has("text-review") ? methodLink(process, "text-review") : null,
          survey: has("survey") ? methodLink(process, "survey") : null,
          report: has("closing-report") ? methodLink(process, "closing-report") : null,
        },
      };
    },
  }),
];
