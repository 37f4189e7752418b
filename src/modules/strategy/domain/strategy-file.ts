import { z } from "zod";
import { type City, cityKeyPattern, isStakeholderGroupKey } from "../../../platform/reference-data";
import { isValidScore } from "./assessment";
import type { UpsertOutcome } from "./catalogue";
import type {
  ActionField,
  Assessment,
  BilingualText,
  Cluster,
  CompassValue,
  GoalIndicator,
  GovernanceBody,
  Link,
  MeasureContent,
  Milestone,
  Organisation,
  Phase,
  Resource,
  SourceStatus,
  SpatialLevel,
  TeamMember,
} from "./model";
import { SCORE_MAX, SCORE_MIN } from "./model";
import {
  isCityWideWord,
  isPeriodOrdered,
  isValidSlug,
  measureStatusOf,
  measureTypeOf,
  normaliseWord,
  parsePeriod,
  partialDatePattern,
  slugify,
} from "./vocabulary";

/**
 * The strategy file (YAML): the format a strategy office writes its strategy in, read by
 * `gemeinsam import strategy` and by the demo seed. The whole file is checked first; every problem
 * is reported with the path of the entry (`measures[3].action_fields[0]`), and only a file without
 * problems is imported.
 */
const sourceStatus = z.enum(["verified", "partial", "demo"]);
const word = z.string().trim().min(1);
const optionalText = z.string().trim().optional();
const identifier = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, "strategy.import.identifier");
const scalar = z.union([z.string(), z.number(), z.boolean()]);
const isoDate = z
  .union([z.string(), z.date()])
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v.trim()))
  .refine((v) => partialDatePattern.test(v), "strategy.import.date");

const bilingualQuestion = z.strictObject({ de: word, en: optionalText });

const scaleSchema = z.strictObject({
  min: z.literal(SCORE_MIN),
  max: z.literal(SCORE_MAX),
  labels_de: z.array(word).length(SCORE_MAX - SCORE_MIN + 1),
  labels_en: z.array(word).length(SCORE_MAX - SCORE_MIN + 1),
});

const valueSchema = z.strictObject({
  id: identifier,
  name_de: word,
  name_en: optionalText,
  description_de: optionalText,
  description_en: optionalText,
  source_status: sourceStatus,
  assessment_questions: z.array(bilingualQuestion).optional(),
  scale: scaleSchema.optional(),
});

const namedSchema = z.strictObject({
  id: identifier,
  name_de: word,
  name_en: optionalText,
  source_status: sourceStatus,
});

const actionFieldSchema = z.strictObject({
  id: identifier,
  cluster: identifier,
  name_de: word,
  name_en: optionalText,
  description_de: optionalText,
  description_en: optionalText,
  source_status: sourceStatus,
});

const phaseSchema = z.strictObject({
  n: z.number().int().min(1),
  id: identifier,
  name_de: word,
  name_en: optionalText,
});

const organisationSchema = z.strictObject({
  id: identifier,
  name: word.optional(),
  name_de: word.optional(),
  name_en: optionalText,
  /** One of the city's stakeholder groups (checked against the city when the file is read). */
  kind: z.string().regex(cityKeyPattern).optional(),
  source_status: sourceStatus.optional(),
});

const governanceSchema = z.strictObject({
  id: identifier,
  name_de: word,
  name_en: optionalText,
  role: optionalText,
  role_de: optionalText,
  role_en: optionalText,
});

const indicatorSchema = z.strictObject({
  level: word,
  name_de: optionalText,
  name_en: optionalText,
  unit: optionalText,
  baseline: scalar.optional(),
  target: scalar.optional(),
  value: scalar.optional(),
  frequency: optionalText,
  data_source: optionalText,
  source_status: sourceStatus.optional(),
});

const goalsSchema = z.strictObject({
  output_de: optionalText,
  output_en: optionalText,
  outcome_de: optionalText,
  outcome_en: optionalText,
  impact_de: optionalText,
  impact_en: optionalText,
});

const teamMemberSchema = z.strictObject({
  name: optionalText,
  organisation: identifier.optional(),
  role_de: word,
  role_en: optionalText,
  responsibility_de: optionalText,
  responsibility_en: optionalText,
  share_of_time: z.number().int().min(0).max(100).optional(),
});

const resourceSchema = z.strictObject({
  amount_eur: z.number().int().min(0).optional(),
  source_de: optionalText,
  source_en: optionalText,
  funding_programme: optionalText,
});

const linkSchema = z.strictObject({
  url: z.url({ protocol: /^https?$/ }),
  label_de: optionalText,
  label_en: optionalText,
});

const measureSchema = z.strictObject({
  id: identifier,
  slug: z.string().trim().optional(),
  name_de: word,
  name_en: optionalText,
  summary_de: optionalText,
  summary_en: optionalText,
  description_de: optionalText,
  description_en: optionalText,
  type: word,
  pilot: z.boolean().optional(),
  programme: optionalText,
  origin: z.enum(["strategy", "arena", "budget"]).optional(),
  origin_ref: optionalText,
  responsible: word.optional(),
  responsible_candidates: z.array(word).optional(),
  involved: z.array(word).optional(),
  scope: word.optional(),
  district: word.optional(),
  districts: z.array(word).optional(),
  period: optionalText,
  status: word.optional(),
  phase: identifier.optional(),
  action_fields: z.array(identifier).min(1),
  spatial_levels: z.array(identifier).optional(),
  source_status: sourceStatus,
  goals: goalsSchema.optional(),
  indicators: z.array(indicatorSchema).optional(),
  indicator: indicatorSchema.optional(),
  deliverables: z.array(word).optional(),
  facts: z.record(z.string(), scalar).optional(),
  milestones: z.array(z.strictObject({ name_de: optionalText, name_en: optionalText, due: optionalText })).optional(),
  inspired_by: z.url({ protocol: /^https?$/ }).optional(),
  links: z.array(linkSchema).optional(),
  contact: z.strictObject({ name: optionalText, email: z.email().optional() }).optional(),
  team: z.array(teamMemberSchema).optional(),
  resources: z.array(resourceSchema).optional(),
});

const assessmentSchema = z.strictObject({
  measure: identifier,
  value: identifier,
  score: z.number().int().min(SCORE_MIN).max(SCORE_MAX),
  rationale_de: optionalText,
  rationale_en: optionalText,
  assessed_by: word,
  date: isoDate.refine((v) => v.length === 10, "strategy.import.day"),
  source_status: sourceStatus.optional(),
});

const teamSchema = z.strictObject({ measure: identifier, members: z.array(teamMemberSchema) });

const metaSchema = z.strictObject({
  strategy: z.strictObject({
    name_de: word,
    name_en: optionalText,
    short: optionalText,
    adopted_by: optionalText,
    adopted_on: isoDate.optional(),
    owner: optionalText,
    funding_programme: optionalText,
  }),
  sources: z.array(z.url({ protocol: /^https?$/ })).optional(),
});

/** The sections of the file and the schema of one entry in each. */
const sectionSchemas = {
  values_compass: valueSchema,
  spatial_levels: namedSchema,
  action_field_clusters: namedSchema,
  action_fields: actionFieldSchema,
  implementation_phases: phaseSchema,
  organisations: organisationSchema,
  measures: measureSchema,
  governance_bodies: governanceSchema,
  assessments: assessmentSchema,
  teams: teamSchema,
};
type Sections = typeof sectionSchemas;

/** The whole file; entries are checked one by one so one bad entry doesn't hide the others' problems. */
const strategyFileSchema = z.strictObject({
  meta: z.unknown().optional(),
  ...(Object.fromEntries(Object.keys(sectionSchemas).map((k) => [k, z.array(z.unknown()).optional()])) as {
    [K in keyof Sections]: z.ZodOptional<z.ZodArray<z.ZodUnknown>>;
  }),
  // Sections read by other modules (arena, citizen panel, monitoring); accepted here as they are.
  arena_of_ideas: z.unknown().optional(),
  citizen_panel: z.unknown().optional(),
  review_cycle: z.unknown().optional(),
});
type StrategyFile = { meta?: z.output<typeof metaSchema> } & {
  [K in keyof Sections]?: Array<z.output<Sections[K]>>;
};

type MeasureEntry = z.output<typeof measureSchema>;

/** How many entries of each kind an import created, changed or found unchanged. */
export type ImportReport = Record<string, Record<UpsertOutcome, number>>;

/** A problem in the file: where (`measures[3].action_fields[0]`), what (a message key) and details. */
export interface ImportIssue {
  path: string;
  key: string;
  params: Record<string, string | number>;
}

/** `["measures", 3, "action_fields", 0]` → `measures[3].action_fields[0]`. */
function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let text = "";
  for (const part of path) {
    if (typeof part === "number") text += `[${part}]`;
    else text += text ? `.${String(part)}` : String(part);
  }
  return text || "(file)";
}

function zodIssue(issue: z.core.$ZodIssue): ImportIssue {
  const path = formatPath(issue.path);
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return { path, key: "strategy.import.missing", params: {} };
      return { path, key: "strategy.import.expected", params: { expected: issue.expected } };
    case "unrecognized_keys":
      return { path, key: "strategy.import.unknownKey", params: { keys: issue.keys.join(", ") } };
    case "invalid_value":
      return { path, key: "strategy.import.oneOf", params: { options: issue.values.map(String).join(", ") } };
    case "too_small":
      return { path, key: "strategy.import.tooSmall", params: { minimum: String(issue.minimum) } };
    case "too_big":
      return { path, key: "strategy.import.tooBig", params: { maximum: String(issue.maximum) } };
    case "invalid_format":
      return { path, key: "strategy.import.format", params: { format: issue.format } };
    case "invalid_union":
      return { path, key: "strategy.import.expected", params: { expected: "text, number or yes/no" } };
    default:
      return {
        path,
        key: issue.message.startsWith("strategy.") ? issue.message : "strategy.import.invalidEntry",
        params: {},
      };
  }
}

/** What the catalogue already holds, so a file may refer to entries imported earlier. */
export interface KnownCatalogue {
  values: Set<string>;
  clusters: Set<string>;
  actionFields: Set<string>;
  spatialLevels: Set<string>;
  phases: Phase[];
  organisations: Array<{ id: string; nameDe: string }>;
  /** Measures by code (the file's `id`): their slug. */
  measures: Map<string, string>;
  /** Slugs in use by any measure. */
  slugs: Set<string>;
}

export const emptyKnown = (): KnownCatalogue => ({
  values: new Set(),
  clusters: new Set(),
  actionFields: new Set(),
  spatialLevels: new Set(),
  phases: [],
  organisations: [],
  measures: new Map(),
  slugs: new Set(),
});

/** A measure as the file describes it: only the fields the file gives (the rest stays as it is). */
interface MeasureImport {
  code: string;
  slug: string;
  content: DeepPartial<MeasureContent>;
}

type DeepPartial<T> = T extends unknown[] ? T : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

export interface StrategyCatalogue {
  meta: {
    nameDe: string;
    nameEn: string;
    short: string;
    adoptedBy: string;
    adoptedOn: string | null;
    owner: string;
    fundingProgramme: string;
    sources: string[];
  } | null;
  scale: { de: string[]; en: string[] } | null;
  values: CompassValue[];
  clusters: Cluster[];
  actionFields: ActionField[];
  spatialLevels: SpatialLevel[];
  phases: Phase[];
  organisations: Organisation[];
  governanceBodies: GovernanceBody[];
  measures: MeasureImport[];
  assessments: Array<{ measureCode: string; assessment: Assessment; path: string }>;
  /** Teams for measures that are not in this file's `measures` (already in the catalogue). */
  teams: Array<{ measureCode: string; team: TeamMember[] }>;
}

const text = (de: string | undefined, en: string | undefined): BilingualText => ({ de: de ?? "", en: en ?? "" });

/** A name that looks like an identifier (`skzl-cdo`) must name a known organisation; others are names. */
function looksLikeIdentifier(value: string): boolean {
  return /^[a-z0-9][a-z0-9_-]*$/.test(value);
}

function districtKeyOf(city: City, value: string): string | undefined {
  const wanted = normaliseWord(value);
  return city.districts.find((d) => d.key === value || normaliseWord(d.name.de) === wanted)?.key;
}

function scalarText(value: string | number | boolean | undefined): string | null {
  if (value === undefined) return null;
  return typeof value === "boolean" ? (value ? "yes" : "no") : String(value);
}

function indicatorOf(entry: z.output<typeof indicatorSchema>, measureStatus: SourceStatus): GoalIndicator {
  return {
    level: entry.level,
    name: text(entry.name_de, entry.name_en),
    unit: entry.unit ?? null,
    baseline: scalarText(entry.baseline),
    target: scalarText(entry.target),
    value: scalarText(entry.value),
    frequency: entry.frequency ?? null,
    dataSource: entry.data_source ?? null,
    sourceStatus: entry.source_status ?? (measureStatus === "demo" ? "demo" : null),
  };
}

function teamOf(
  members: z.output<typeof teamMemberSchema>[],
  orgName: (id: string) => string | undefined,
): TeamMember[] {
  return members.map((m) => ({
    name: m.name ?? (m.organisation ? (orgName(m.organisation) ?? m.organisation) : ""),
    organisationId: m.organisation ?? null,
    role: text(m.role_de, m.role_en),
    responsibility: text(m.responsibility_de, m.responsibility_en),
    shareOfTime: m.share_of_time ?? null,
  }));
}

/**
 * Checks a parsed strategy file completely and turns it into the catalogue's terms. Returns every
 * problem found (never only the first), each with the path of its entry.
 */
export function readStrategyFile(
  raw: unknown,
  known: KnownCatalogue,
  city: City,
): { ok: true; catalogue: StrategyCatalogue } | { ok: false; issues: ImportIssue[] } {
  const parsed = strategyFileSchema.safeParse(raw ?? {}, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.map(zodIssue) };
  const issues: ImportIssue[] = [];
  const file: StrategyFile = {};
  if (parsed.data.meta !== undefined) {
    const meta = metaSchema.safeParse(parsed.data.meta, { reportInput: true });
    if (meta.success) file.meta = meta.data;
    else for (const issue of meta.error.issues) issues.push(zodIssue({ ...issue, path: ["meta", ...issue.path] }));
  }
  for (const section of Object.keys(sectionSchemas) as Array<keyof Sections>) {
    const entries = parsed.data[section];
    if (!entries) continue;
    const schema: z.ZodType = sectionSchemas[section];
    // Entries with problems leave a hole (so the others keep their index in messages) and are left
    // out of the checks below; their problems are reported already.
    const valid: unknown[] = new Array(entries.length);
    entries.forEach((entry, i) => {
      const result = schema.safeParse(entry, { reportInput: true });
      if (result.success) valid[i] = result.data;
      else
        for (const issue of result.error.issues) issues.push(zodIssue({ ...issue, path: [section, i, ...issue.path] }));
    });
    (file as Record<string, unknown>)[section] = valid;
  }
  const problem = (path: ReadonlyArray<PropertyKey>, key: string, params: Record<string, string | number> = {}) =>
    issues.push({ path: formatPath(path), key, params });

  function unique<T extends { id: string }>(section: string, entries: readonly T[] | undefined): Set<string> {
    const seen = new Set<string>();
    (entries ?? []).forEach((entry, i) => {
      if (seen.has(entry.id)) problem([section, i, "id"], "strategy.import.duplicateId", { id: entry.id });
      seen.add(entry.id);
    });
    return seen;
  }

  const valueIds = unique("values_compass", file.values_compass);
  const clusterIds = unique("action_field_clusters", file.action_field_clusters);
  const fieldIds = unique("action_fields", file.action_fields);
  const levelIds = unique("spatial_levels", file.spatial_levels);
  const phaseIds = unique("implementation_phases", file.implementation_phases);
  const orgIds = unique("organisations", file.organisations);
  unique("governance_bodies", file.governance_bodies);
  unique("measures", file.measures);

  const has = (fileIds: Set<string>, knownIds: Set<string>) => (id: string) => fileIds.has(id) || knownIds.has(id);
  const hasValue = has(valueIds, known.values);
  const hasCluster = has(clusterIds, known.clusters);
  const hasField = has(fieldIds, known.actionFields);
  const hasLevel = has(levelIds, known.spatialLevels);
  const hasPhase = has(phaseIds, new Set(known.phases.map((p) => p.id)));
  const hasOrg = has(orgIds, new Set(known.organisations.map((o) => o.id)));

  // The compass scale: given once, on any value (the demo file puts it on the last one).
  const scales = (file.values_compass ?? []).filter((v) => v.scale);
  if (scales.length > 1) problem(["values_compass"], "strategy.import.scaleTwice");
  const scaleEntry = scales[0]?.scale;

  const values: CompassValue[] = (file.values_compass ?? []).map((v, i) => ({
    id: v.id,
    position: i + 1,
    name: text(v.name_de, v.name_en),
    description: text(v.description_de, v.description_en),
    questions: (v.assessment_questions ?? []).map((q) => text(q.de, q.en)),
    sourceStatus: v.source_status,
  }));

  const clusters: Cluster[] = (file.action_field_clusters ?? []).map((c, i) => ({
    id: c.id,
    position: i + 1,
    name: text(c.name_de, c.name_en),
    sourceStatus: c.source_status,
  }));

  const actionFields: ActionField[] = (file.action_fields ?? []).map((f, i) => {
    if (!hasCluster(f.cluster))
      problem(["action_fields", i, "cluster"], "strategy.import.unknownCluster", { id: f.cluster });
    return {
      id: f.id,
      clusterId: f.cluster,
      position: i + 1,
      name: text(f.name_de, f.name_en),
      description: text(f.description_de, f.description_en),
      sourceStatus: f.source_status,
    };
  });

  const spatialLevels: SpatialLevel[] = (file.spatial_levels ?? []).map((l, i) => ({
    id: l.id,
    position: i + 1,
    name: text(l.name_de, l.name_en),
    sourceStatus: l.source_status,
  }));

  const phaseList: Phase[] = (file.implementation_phases ?? []).map((p) => ({
    id: p.id,
    position: p.n,
    name: text(p.name_de, p.name_en),
  }));
  const positions = new Set<number>();
  (file.implementation_phases ?? []).forEach((p, i) => {
    if (positions.has(p.n)) problem(["implementation_phases", i, "n"], "strategy.import.duplicatePosition", { n: p.n });
    positions.add(p.n);
  });

  const organisations: Organisation[] = [];
  (file.organisations ?? []).forEach((o, i) => {
    const name = o.name_de ?? o.name;
    if (!name) {
      problem(["organisations", i, "name"], "strategy.import.missing");
      return;
    }
    if (o.kind && !isStakeholderGroupKey(city, o.kind)) {
      const options = city.stakeholderGroups.map((g) => g.key).join(", ");
      problem(["organisations", i, "kind"], "strategy.import.oneOf", { options });
      return;
    }
    organisations.push({
      id: o.id,
      name: text(name, o.name_en),
      kind: o.kind && isStakeholderGroupKey(city, o.kind) ? o.kind : null,
      sourceStatus: o.source_status ?? "verified",
    });
  });

  // Organisations named in measures by their name rather than an id: found by name, or added.
  const orgByName = new Map<string, string>();
  for (const o of known.organisations) orgByName.set(o.nameDe.trim().toLowerCase(), o.id);
  for (const o of organisations) orgByName.set(o.name.de.trim().toLowerCase(), o.id);
  const takenOrgIds = new Set([...orgIds, ...known.organisations.map((o) => o.id)]);
  const orgName = (id: string) =>
    organisations.find((o) => o.id === id)?.name.de ?? known.organisations.find((o) => o.id === id)?.nameDe;

  function organisationRef(value: string, path: ReadonlyArray<PropertyKey>, status: SourceStatus): string | null {
    if (hasOrg(value)) return value;
    const byName = orgByName.get(value.trim().toLowerCase());
    if (byName) return byName;
    if (looksLikeIdentifier(value)) {
      problem(path, "strategy.import.unknownOrganisation", { id: value });
      return null;
    }
    const base = slugify(value, 40) || "organisation";
    let id = base;
    for (let n = 2; takenOrgIds.has(id); n++) id = `${base}-${n}`;
    takenOrgIds.add(id);
    orgByName.set(value.trim().toLowerCase(), id);
    organisations.push({ id, name: text(value, undefined), kind: null, sourceStatus: status });
    return id;
  }

  const governanceBodies: GovernanceBody[] = (file.governance_bodies ?? []).map((g, i) => ({
    id: g.id,
    position: i + 1,
    name: text(g.name_de, g.name_en),
    role: text(g.role_de ?? g.role, g.role_en),
  }));

  // Teams given in their own section: for a measure in this file they join its entry.
  const teamsByCode = new Map<string, TeamMember[]>();
  const measureCodes = new Set((file.measures ?? []).map((m) => m.id));
  const hasMeasure = (code: string) => measureCodes.has(code) || known.measures.has(code);
  (file.teams ?? []).forEach((t, i) => {
    if (!hasMeasure(t.measure)) problem(["teams", i, "measure"], "strategy.import.unknownMeasure", { id: t.measure });
    t.members.forEach((m, j) => {
      if (m.organisation && !hasOrg(m.organisation)) {
        problem(["teams", i, "members", j, "organisation"], "strategy.import.unknownOrganisation", {
          id: m.organisation,
        });
      }
      if (!m.name && !m.organisation) problem(["teams", i, "members", j, "name"], "strategy.import.memberName");
    });
    if (teamsByCode.has(t.measure)) problem(["teams", i, "measure"], "strategy.import.duplicateId", { id: t.measure });
    teamsByCode.set(t.measure, teamOf(t.members, orgName));
  });

  const slugsInFile = new Map<string, string>();
  const measures: MeasureImport[] = (file.measures ?? []).map((m, i) =>
    measureOf(m, i, {
      problem,
      hasField,
      hasLevel,
      hasPhase,
      hasOrg,
      organisationRef,
      orgName,
      known,
      city,
      slugsInFile,
      team: teamsByCode.get(m.id),
    }),
  );

  const assessments: StrategyCatalogue["assessments"] = [];
  (file.assessments ?? []).forEach((a, i) => {
    if (!hasMeasure(a.measure))
      problem(["assessments", i, "measure"], "strategy.import.unknownMeasure", { id: a.measure });
    if (!hasValue(a.value)) problem(["assessments", i, "value"], "strategy.import.unknownValue", { id: a.value });
    if (!isValidScore(a.score)) problem(["assessments", i, "score"], "strategy.import.score");
    assessments.push({
      measureCode: a.measure,
      path: formatPath(["assessments", i]),
      assessment: {
        valueId: a.value,
        score: a.score,
        rationale: text(a.rationale_de, a.rationale_en),
        assessedBy: a.assessed_by,
        assessedOn: a.date,
        sourceStatus: a.source_status ?? null,
      },
    });
  });

  if (issues.length > 0) return { ok: false, issues };
  const meta = file.meta
    ? {
        nameDe: file.meta.strategy.name_de,
        nameEn: file.meta.strategy.name_en ?? "",
        short: file.meta.strategy.short ?? "",
        adoptedBy: file.meta.strategy.adopted_by ?? "",
        adoptedOn: file.meta.strategy.adopted_on ?? null,
        owner: file.meta.strategy.owner ?? "",
        fundingProgramme: file.meta.strategy.funding_programme ?? "",
        sources: file.meta.sources ?? [],
      }
    : null;
  return {
    ok: true,
    catalogue: {
      meta,
      scale: scaleEntry ? { de: scaleEntry.labels_de, en: scaleEntry.labels_en } : null,
      values,
      clusters,
      actionFields,
      spatialLevels,
      phases: phaseList,
      organisations,
      governanceBodies,
      measures,
      assessments,
      teams: [...teamsByCode]
        .filter(([code]) => !measureCodes.has(code))
        .map(([measureCode, team]) => ({ measureCode, team })),
    },
  };
}

interface MeasureContext {
  problem: (path: ReadonlyArray<PropertyKey>, key: string, params?: Record<string, string | number>) => void;
  hasField: (id: string) => boolean;
  hasLevel: (id: string) => boolean;
  hasPhase: (id: string) => boolean;
  hasOrg: (id: string) => boolean;
  organisationRef: (value: string, path: ReadonlyArray<PropertyKey>, status: SourceStatus) => string | null;
  orgName: (id: string) => string | undefined;
  known: KnownCatalogue;
  city: City;
  slugsInFile: Map<string, string>;
  team: TeamMember[] | undefined;
}

function measureOf(m: MeasureEntry, i: number, ctx: MeasureContext): MeasureImport {
  const at = (...path: PropertyKey[]) => ["measures", i, ...path];
  const content: DeepPartial<MeasureContent> = {};
  content.title = { de: m.name_de, ...(m.name_en !== undefined ? { en: m.name_en } : {}) };
  if (m.summary_de !== undefined || m.summary_en !== undefined) {
    content.summary = {
      ...(m.summary_de !== undefined ? { de: m.summary_de } : {}),
      ...(m.summary_en !== undefined ? { en: m.summary_en } : {}),
    };
  }
  if (m.description_de !== undefined || m.description_en !== undefined) {
    content.description = {
      ...(m.description_de !== undefined ? { de: m.description_de } : {}),
      ...(m.description_en !== undefined ? { en: m.description_en } : {}),
    };
  }

  const type = measureTypeOf(m.type);
  if (!type) ctx.problem(at("type"), "strategy.import.unknownType", { value: m.type });
  else content.type = type;
  if (m.pilot !== undefined) content.pilot = m.pilot;
  if (m.origin !== undefined) content.origin = m.origin;
  if (m.origin_ref !== undefined) content.originRef = m.origin_ref || null;
  content.sourceStatus = m.source_status;

  if (m.responsible !== undefined)
    content.responsibleOrganisationId = ctx.organisationRef(m.responsible, at("responsible"), m.source_status);
  if (m.involved !== undefined) {
    content.involvedOrganisationIds = m.involved
      .map((o, j) => ctx.organisationRef(o, at("involved", j), m.source_status))
      .filter((id): id is string => id !== null);
  }

  const districtNames = [...(m.district ? [m.district] : []), ...(m.districts ?? [])];
  if (m.district !== undefined || m.districts !== undefined) {
    const ids: string[] = [];
    districtNames.forEach((name, j) => {
      const key = districtKeyOf(ctx.city, name);
      const path =
        m.district !== undefined && j === 0 ? at("district") : at("districts", m.district !== undefined ? j - 1 : j);
      if (!key) ctx.problem(path, "strategy.import.unknownDistrict", { value: name });
      else if (!ids.includes(key)) ids.push(key);
    });
    content.districtIds = ids;
  }
  if (m.scope !== undefined) {
    if (isCityWideWord(m.scope)) content.cityWide = true;
    else ctx.problem(at("scope"), "strategy.import.unknownScope", { value: m.scope });
  }

  if (m.period !== undefined) {
    const period = parsePeriod(m.period);
    if (!isPeriodOrdered(period.start, period.end)) ctx.problem(at("period"), "strategy.import.periodOrder");
    content.periodStart = period.start;
    content.periodEnd = period.end;
    content.periodNote = period.note;
  }

  if (m.status !== undefined) {
    const status = measureStatusOf(m.status);
    if (!status) ctx.problem(at("status"), "strategy.import.unknownStatus", { value: m.status });
    else content.status = status;
  }
  if (m.phase !== undefined) {
    if (!ctx.hasPhase(m.phase)) ctx.problem(at("phase"), "strategy.import.unknownPhase", { id: m.phase });
    else content.phaseId = m.phase;
  }

  m.action_fields.forEach((id, j) => {
    if (!ctx.hasField(id)) ctx.problem(at("action_fields", j), "strategy.import.unknownActionField", { id });
  });
  content.actionFieldIds = [...new Set(m.action_fields)];
  if (m.spatial_levels !== undefined) {
    m.spatial_levels.forEach((id, j) => {
      if (!ctx.hasLevel(id)) ctx.problem(at("spatial_levels", j), "strategy.import.unknownSpatialLevel", { id });
    });
    content.spatialLevelIds = [...new Set(m.spatial_levels)];
  }

  if (m.goals) {
    const g = m.goals;
    const pair = (de?: string, en?: string) => ({
      ...(de !== undefined ? { de } : {}),
      ...(en !== undefined ? { en } : {}),
    });
    content.goals = {
      ...(g.output_de !== undefined || g.output_en !== undefined ? { output: pair(g.output_de, g.output_en) } : {}),
      ...(g.outcome_de !== undefined || g.outcome_en !== undefined
        ? { outcome: pair(g.outcome_de, g.outcome_en) }
        : {}),
      ...(g.impact_de !== undefined || g.impact_en !== undefined ? { impact: pair(g.impact_de, g.impact_en) } : {}),
    };
  }
  if (m.indicators !== undefined || m.indicator !== undefined) {
    content.indicators = [...(m.indicators ?? []), ...(m.indicator ? [m.indicator] : [])].map((x) =>
      indicatorOf(x, m.source_status),
    );
  }

  const resources: Resource[] = (m.resources ?? []).map((r) => ({
    amountEur: r.amount_eur ?? null,
    source: text(r.source_de, r.source_en),
    fundingProgramme: r.funding_programme ?? null,
  }));
  if (m.programme && !resources.some((r) => r.fundingProgramme === m.programme)) {
    resources.push({ amountEur: null, source: text(undefined, undefined), fundingProgramme: m.programme });
  }
  if (m.resources !== undefined || m.programme !== undefined) content.resources = resources;

  const team = ctx.team ?? (m.team ? teamOf(m.team, ctx.orgName) : undefined);
  (m.team ?? []).forEach((member, j) => {
    if (member.organisation && !ctx.hasOrg(member.organisation)) {
      ctx.problem(at("team", j, "organisation"), "strategy.import.unknownOrganisation", { id: member.organisation });
    }
    if (!member.name && !member.organisation) ctx.problem(at("team", j, "name"), "strategy.import.memberName");
  });
  if (team) content.team = team;

  if (m.contact) {
    if (m.contact.name !== undefined) content.contactName = m.contact.name;
    if (m.contact.email !== undefined) content.contactEmail = m.contact.email;
  }
  const links: Link[] = (m.links ?? []).map((l) => ({ url: l.url, label: text(l.label_de, l.label_en) }));
  if (m.inspired_by && !links.some((l) => l.url === m.inspired_by)) {
    links.push({ url: m.inspired_by, label: { de: "Inspiriert von", en: "Inspired by" } });
  }
  if (m.links !== undefined || m.inspired_by !== undefined) content.links = links;

  if (m.deliverables || m.milestones || m.facts || m.responsible_candidates) {
    const milestones: Milestone[] = (m.milestones ?? []).map((ms) => ({
      name: text(ms.name_de, ms.name_en),
      due: ms.due ?? null,
    }));
    content.extras = {
      deliverables: m.deliverables ?? [],
      milestones,
      facts: Object.entries(m.facts ?? {}).map(([key, value]) => ({ key, value: String(value) })),
      responsibleCandidates: m.responsible_candidates ?? [],
    };
  }

  // The address: kept for a measure already in the catalogue; else from the file or the title.
  let slug = ctx.known.measures.get(m.id);
  if (!slug) {
    if (m.slug !== undefined && !isValidSlug(m.slug)) {
      ctx.problem(at("slug"), "strategy.import.slug", { value: m.slug });
    }
    slug = m.slug && isValidSlug(m.slug) ? m.slug : slugify(m.name_de);
    if (!isValidSlug(slug)) slug = slugify(`massnahme-${m.id}`);
    if (ctx.known.slugs.has(slug) || ctx.slugsInFile.has(slug)) {
      if (m.slug !== undefined) ctx.problem(at("slug"), "strategy.import.slugTaken", { value: slug });
      slug = slugify(`${slug.slice(0, 50)}-${m.id}`, 80);
    }
  }
  const other = ctx.slugsInFile.get(slug);
  if (other && other !== m.id) ctx.problem(at("slug"), "strategy.import.slugTaken", { value: slug });
  ctx.slugsInFile.set(slug, m.id);
  return { code: m.id, slug, content };
}
