import type { Phase, Subject, Visibility } from "./process";
import type { Bilingual } from "./survey";

/** The resource type of a process for following, notifications and the audit log. */
export const PROCESS_TYPE = "participation_process";

/** A stored phase: the domain's phase with its id and the office's own description. */
export interface StoredPhase extends Phase {
  id: string;
  description: Bilingual | null;
}

/** A process as stored, with its phases in order. */
export interface StoredProcess {
  id: string;
  slug: string;
  title: Bilingual;
  summary: Bilingual;
  subject: Subject;
  actionField: string | null;
  districts: string[];
  organisation: string;
  contact: string;
  visibility: Visibility;
  demo: boolean;
  phases: StoredPhase[];
  announcedPhase: number;
  reportSummary: Bilingual | null;
  reportPublishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}
