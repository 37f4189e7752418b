/**
 * The strategy catalogue's model: the values compass, clusters and action fields, spatial levels,
 * implementation phases, organisations, governance bodies and the measures with their teams,
 * resources and values-compass assessments. Every text people read exists in German and English.
 */

/** A text in both languages; English may be empty until it is translated. */
export interface BilingualText {
  de: string;
  en: string;
}

export const measureTypes = ["central", "decentral", "network"] as const;
export type MeasureType = (typeof measureTypes)[number];

export const measureStatuses = ["planned", "running", "completed", "paused", "stopped"] as const;
export type MeasureStatus = (typeof measureStatuses)[number];

export const measureOrigins = ["strategy", "arena", "budget"] as const;
type MeasureOrigin = (typeof measureOrigins)[number];

/** How sure the source of an entry is: a verified fact, partly verified, or invented demo content. */
export const sourceStatuses = ["verified", "partial", "demo"] as const;
export type SourceStatus = (typeof sourceStatuses)[number];

/** The values-compass scale: 0 (none) to 3 (high). */
export const SCORE_MIN = 0;
export const SCORE_MAX = 3;
/** "The measure serves this value": the threshold of the value filter. */
export const STRONG_SCORE = 2;

export interface CompassValue {
  id: string;
  position: number;
  name: BilingualText;
  description: BilingualText;
  questions: BilingualText[];
  sourceStatus: SourceStatus;
}

export interface Cluster {
  id: string;
  position: number;
  name: BilingualText;
  sourceStatus: SourceStatus;
}

export interface ActionField {
  id: string;
  clusterId: string;
  position: number;
  name: BilingualText;
  description: BilingualText;
  sourceStatus: SourceStatus;
}

export interface SpatialLevel {
  id: string;
  position: number;
  name: BilingualText;
  sourceStatus: SourceStatus;
}

export interface Phase {
  id: string;
  position: number;
  name: BilingualText;
}

export interface Organisation {
  id: string;
  name: BilingualText;
  /** Stakeholder group (state, business, science, civil_society, resident); null when not known. */
  kind: string | null;
  sourceStatus: SourceStatus;
}

export interface GovernanceBody {
  id: string;
  position: number;
  name: BilingualText;
  role: BilingualText;
}

/** A planned indicator as the source gives it; the monitoring module attaches measured ones. */
export interface GoalIndicator {
  level: string;
  name: BilingualText;
  unit: string | null;
  baseline: string | null;
  target: string | null;
  value: string | null;
  frequency: string | null;
  dataSource: string | null;
  sourceStatus: SourceStatus | null;
}

export interface Goals {
  output: BilingualText;
  outcome: BilingualText;
  impact: BilingualText;
}

/** A person or an organisation in a measure's team (thesis 6: clear roles and resources). */
export interface TeamMember {
  name: string;
  organisationId: string | null;
  role: BilingualText;
  responsibility: BilingualText;
  /** Share of working time for the measure, in percent (0–100); null when not stated. */
  shareOfTime: number | null;
}

export interface Resource {
  /** Budget in whole euros; null when not stated. */
  amountEur: number | null;
  source: BilingualText;
  fundingProgramme: string | null;
}

export interface Link {
  url: string;
  label: BilingualText;
}

export interface Milestone {
  name: BilingualText;
  due: string | null;
}

/** Details from the source that have no field of their own; shown as they are. */
export interface MeasureExtras {
  deliverables: string[];
  milestones: Milestone[];
  facts: Array<{ key: string; value: string }>;
  responsibleCandidates: string[];
}

/** One assessment of a measure against one value of the compass. */
export interface Assessment {
  valueId: string;
  score: number;
  rationale: BilingualText;
  assessedBy: string;
  /** ISO date (YYYY-MM-DD) of the assessment. */
  assessedOn: string;
  /** "demo" marks an invented assessment of the demo data; shown beside it. */
  sourceStatus?: SourceStatus | null;
}

/**
 * The versioned content of a measure: everything its version history records field by field.
 * The slug never changes (it is the address, and the scope of team roles).
 */
export interface MeasureContent {
  title: BilingualText;
  summary: BilingualText;
  description: BilingualText;
  type: MeasureType;
  pilot: boolean;
  origin: MeasureOrigin;
  originRef: string | null;
  responsibleOrganisationId: string | null;
  involvedOrganisationIds: string[];
  cityWide: boolean;
  districtIds: string[];
  /** ISO date, month or year ("2022", "2022-07", "2022-07-01"). */
  periodStart: string | null;
  periodEnd: string | null;
  periodNote: BilingualText;
  status: MeasureStatus | null;
  phaseId: string | null;
  actionFieldIds: string[];
  spatialLevelIds: string[];
  goals: Goals;
  indicators: GoalIndicator[];
  team: TeamMember[];
  resources: Resource[];
  contactName: string;
  contactEmail: string;
  links: Link[];
  extras: MeasureExtras;
  sourceStatus: SourceStatus;
}

const emptyText = (): BilingualText => ({ de: "", en: "" });

/** A measure with nothing filled in yet; creating one fills at least title, type and action fields. */
export function blankContent(): MeasureContent {
  return {
    title: emptyText(),
    summary: emptyText(),
    description: emptyText(),
    type: "central",
    pilot: false,
    origin: "strategy",
    originRef: null,
    responsibleOrganisationId: null,
    involvedOrganisationIds: [],
    cityWide: false,
    districtIds: [],
    periodStart: null,
    periodEnd: null,
    periodNote: emptyText(),
    status: null,
    phaseId: null,
    actionFieldIds: [],
    spatialLevelIds: [],
    goals: { output: emptyText(), outcome: emptyText(), impact: emptyText() },
    indicators: [],
    team: [],
    resources: [],
    contactName: "",
    contactEmail: "",
    links: [],
    extras: emptyExtras(),
    sourceStatus: "verified",
  };
}

export function emptyExtras(): MeasureExtras {
  return { deliverables: [], milestones: [], facts: [], responsibleCandidates: [] };
}

/** The demo flag shown on a measure's page: the source says its content is invented. */
export function isDemo(content: Pick<MeasureContent, "sourceStatus">): boolean {
  return content.sourceStatus === "demo";
}

/** The text in the requested language, falling back to German when no translation exists. */
export function pick(text: BilingualText, locale: "de" | "en"): string {
  return (locale === "en" ? text.en || text.de : text.de || text.en) ?? "";
}

/** Scoped roles are granted on the measure's slug: `team_member` of `measure`/<slug>. */
export const measureResource = (input: { slug: string }) => ({ type: "measure", id: input.slug });

/** Which of a measure's edit forms someone may use. */
export interface EditPermissions {
  texts: boolean;
  status: boolean;
  details: boolean;
  team: boolean;
  assessment: boolean;
}
