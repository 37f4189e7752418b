import type { CsvCell } from "../../../platform/csv/csv-writer";
import { currentAssessments } from "./assessment";
import type { ExportedMeasure, Reference, StoredOrganisation } from "./catalogue";
import { isDemo, type MeasureContent, pick } from "./model";

function clustersOf(content: MeasureContent, reference: Reference): string[] {
  const ids = content.actionFieldIds
    .map((id) => reference.actionFields.find((a) => a.id === id)?.clusterId)
    .filter((x): x is string => !!x);
  return [...new Set(ids)];
}

/** A measure with every field in both languages: the open-data record (JSON export, API detail). */
export function measureRecord(
  m: ExportedMeasure,
  reference: Reference,
  organisations: Map<string, StoredOrganisation>,
  baseUrl: string,
) {
  const c = m.content;
  const org = (id: string | null) => {
    if (!id) return null;
    const o = organisations.get(id);
    return { id, name: o ? o.name : { de: id, en: "" }, stakeholderGroup: o?.kind ?? null };
  };
  const assessment: Record<string, unknown> = {};
  for (const [valueId, a] of currentAssessments(m.assessments)) {
    assessment[valueId] = {
      score: a.score,
      rationale: a.rationale,
      assessedBy: a.assessedBy,
      assessedOn: a.assessedOn,
      demo: a.sourceStatus === "demo",
    };
  }
  return {
    slug: m.slug,
    code: m.code,
    url: `${baseUrl}/measures/${m.slug}`,
    title: c.title,
    summary: c.summary,
    description: c.description,
    type: c.type,
    pilot: c.pilot,
    origin: c.origin,
    originRef: c.originRef,
    status: c.status,
    phase: c.phaseId,
    actionFields: c.actionFieldIds,
    clusters: clustersOf(c, reference),
    spatialLevels: c.spatialLevelIds,
    responsibleOrganisation: org(c.responsibleOrganisationId),
    involvedOrganisations: c.involvedOrganisationIds.map((id) => org(id)),
    cityWide: c.cityWide,
    districts: c.districtIds,
    period: { start: c.periodStart, end: c.periodEnd, note: c.periodNote },
    goals: c.goals,
    indicators: c.indicators,
    assessment,
    team: c.team,
    resources: c.resources,
    contact: { name: c.contactName, email: c.contactEmail },
    links: c.links,
    details: c.extras,
    sourceStatus: c.sourceStatus,
    demo: isDemo(c),
    version: m.version,
    createdAt: m.createdAt.toISOString(),
    updatedAt: m.updatedAt.toISOString(),
  };
}

/** The columns of the CSV export; the values compass adds three columns per value. */
export function csvHeader(reference: Reference): string[] {
  const valueColumns = reference.values.flatMap((v) => [
    `assessment_${v.id}`,
    `assessment_${v.id}_rationale_de`,
    `assessment_${v.id}_rationale_en`,
  ]);
  return [
    "slug",
    "code",
    "url",
    "title_de",
    "title_en",
    "summary_de",
    "summary_en",
    "description_de",
    "description_en",
    "type",
    "pilot",
    "origin",
    "origin_ref",
    "status",
    "phase",
    "action_fields",
    "clusters",
    "spatial_levels",
    "responsible_organisation",
    "responsible_organisation_name",
    "involved_organisations",
    "city_wide",
    "districts",
    "period_start",
    "period_end",
    "period_note_de",
    "period_note_en",
    "goal_output_de",
    "goal_output_en",
    "goal_outcome_de",
    "goal_outcome_en",
    "goal_impact_de",
    "goal_impact_en",
    ...valueColumns,
    "team",
    "resources",
    "indicators",
    "links",
    "contact_name",
    "contact_email",
    "source_status",
    "demo",
    "version",
    "created_at",
    "updated_at",
  ];
}

const list = (ids: readonly string[]) => ids.join(";");

/** One measure as the cells of its CSV row, in the order of `csvHeader`. */
export function csvRow(
  m: ExportedMeasure,
  reference: Reference,
  organisations: Map<string, StoredOrganisation>,
  baseUrl: string,
): CsvCell[] {
  const c = m.content;
  const inForce = currentAssessments(m.assessments);
  const valueCells: CsvCell[] = reference.values.flatMap((v) => {
    const a = inForce.get(v.id);
    return [a?.score ?? null, a?.rationale.de ?? "", a?.rationale.en ?? ""];
  });
  const responsible = c.responsibleOrganisationId ? organisations.get(c.responsibleOrganisationId) : undefined;
  return [
    m.slug,
    m.code,
    `${baseUrl}/measures/${m.slug}`,
    c.title.de,
    c.title.en,
    c.summary.de,
    c.summary.en,
    c.description.de,
    c.description.en,
    c.type,
    c.pilot,
    c.origin,
    c.originRef,
    c.status,
    c.phaseId,
    list(c.actionFieldIds),
    list(clustersOf(c, reference)),
    list(c.spatialLevelIds),
    c.responsibleOrganisationId,
    responsible ? pick(responsible.name, "de") : "",
    list(c.involvedOrganisationIds),
    c.cityWide,
    list(c.districtIds),
    c.periodStart,
    c.periodEnd,
    c.periodNote.de,
    c.periodNote.en,
    c.goals.output.de,
    c.goals.output.en,
    c.goals.outcome.de,
    c.goals.outcome.en,
    c.goals.impact.de,
    c.goals.impact.en,
    ...valueCells,
    c.team.length ? JSON.stringify(c.team) : "",
    c.resources.length ? JSON.stringify(c.resources) : "",
    c.indicators.length ? JSON.stringify(c.indicators) : "",
    c.links.length ? JSON.stringify(c.links) : "",
    c.contactName,
    c.contactEmail,
    c.sourceStatus,
    isDemo(c),
    m.version,
    m.createdAt.toISOString(),
    m.updatedAt.toISOString(),
  ];
}
