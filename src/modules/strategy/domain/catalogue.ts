import type { AssessmentRecord } from "./assessment";
import type { FieldChange } from "./diff";
import type {
  ActionField,
  Cluster,
  CompassValue,
  GovernanceBody,
  MeasureContent,
  MeasureStatus,
  MeasureType,
  Organisation,
  Phase,
  SourceStatus,
  SpatialLevel,
} from "./model";

/**
 * The catalogue as the module's reads hand it on: the reference tables, stored measures and
 * organisations, the list's filter and sort orders.
 */
export interface StrategyInfo {
  name: { de: string; en: string };
  short: string;
  adoptedBy: string;
  adoptedOn: string | null;
  owner: string;
  fundingProgramme: string;
  sources: string[];
  scale: { de: string[]; en: string[] };
}

/** The small tables that describe the strategy, read together (each holds a few dozen rows at most). */
export interface Reference {
  strategy: StrategyInfo | null;
  values: CompassValue[];
  clusters: Cluster[];
  actionFields: ActionField[];
  spatialLevels: SpatialLevel[];
  phases: Phase[];
  governanceBodies: GovernanceBody[];
}

export type StoredOrganisation = Organisation & { version: number };

export type UpsertOutcome = "created" | "updated" | "unchanged";

/** A measure as stored: its content plus what the catalogue keeps about it. */
export interface StoredMeasure {
  id: string;
  slug: string;
  code: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  strongValueIds: string[];
  content: MeasureContent;
}

export interface VersionEntry {
  version: number;
  kind: string;
  at: Date;
  /** The account that made the version; null for imports and other changes made by the platform. */
  authorId: string | null;
  authorLabel: string;
  changes: FieldChange[];
}

export const measureSorts = ["title", "start", "updated", "relevance"] as const;
export type MeasureSort = (typeof measureSorts)[number];

export interface MeasureFilter {
  type?: MeasureType;
  cluster?: string;
  actionField?: string;
  /** Measures whose assessment in force scores this value ≥ 2. */
  value?: string;
  status?: MeasureStatus;
  phase?: string;
  district?: string;
  spatialLevel?: string;
  pilot?: boolean;
  /** The action fields of `cluster`, when the caller knows them (lets the planner estimate well). */
  clusterActionFieldIds?: string[];
  /** Responsible for, or involved in, the measure. */
  organisation?: string;
  q?: string;
}

export interface MeasureListItem {
  slug: string;
  title: { de: string; en: string };
  summary: { de: string; en: string };
  type: MeasureType;
  pilot: boolean;
  status: MeasureStatus | null;
  phaseId: string | null;
  actionFieldIds: string[];
  districtIds: string[];
  cityWide: boolean;
  periodStart: string | null;
  periodEnd: string | null;
  responsibleOrganisation: { id: string; name: { de: string; en: string } } | null;
  sourceStatus: SourceStatus;
  updatedAt: Date;
}

export interface ListOptions {
  sort: MeasureSort;
  locale: "de" | "en";
  limit: number;
  offset: number;
}

/** A measure with its assessment history: one record of an export. */
export type ExportedMeasure = StoredMeasure & { assessments: AssessmentRecord[] };

/** Kinds of version entries: which form (or the import) made the change. */
export type VersionKind = "created" | "texts" | "details" | "status" | "team" | "assessment" | "import";

/** What saving a measure's form gives back: its new version and what changed. */
export interface MeasureSaved {
  slug: string;
  version: number;
  changes: FieldChange[];
}

/** How many entries of a measure's version history one page shows. */
export const VERSIONS_PAGE_SIZE = 10;
