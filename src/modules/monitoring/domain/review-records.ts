import type { Bilingual, ProposedChange } from "./logic-model";
import type { Decision, Lesson, RoundState } from "./review-round";

/** A review round as pages show it. */
export interface ReviewRound {
  id: string;
  title: string;
  periodFrom: string;
  periodTo: string;
  /** The last day to report (YYYY-MM-DD). */
  deadline: string;
  state: RoundState;
  officeAnswer: string;
  panelName: string;
  panelRecommendation: string;
  panelRecommendedOn: string | null;
  createdAt: Date;
  publishedAt: Date | null;
}

/** One proposed change of a report, with the office's decision once made. */
export interface ReviewProposal {
  id: string;
  change: ProposedChange;
  decision: Decision | null;
  comment: string;
  decidedAt: Date | null;
  appliedVersion: number | null;
}

/** One measure's report in a round. */
export interface ReviewReport {
  id: string;
  roundId: string;
  measureId: string;
  measureSlug: string;
  measureTitle: Bilingual;
  valuesNote: string;
  narrative: string;
  wentWell: string;
  risks: string;
  modelVersion: number | null;
  started: boolean;
  submittedAt: Date | null;
  remindersSent: number[];
  lessons: Lesson[];
  proposals: ReviewProposal[];
}

/** A published lesson in the public list, with where it was learnt. */
export interface PublishedLesson {
  id: string;
  text: string;
  tags: string[];
  phaseId: string | null;
  actionFieldIds: string[];
  measureSlug: string;
  measureTitle: Bilingual;
  roundId: string;
  roundTitle: string;
  publishedAt: Date;
}

/** What the public lesson list filters by; every part optional. */
export interface LessonFilter {
  q?: string;
  actionField?: string;
  value?: string;
  phase?: string;
  tag?: string;
}
