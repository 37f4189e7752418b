import { z } from "zod";
import type { FieldIssue } from "../../../platform/errors/errors";

/**
 * A participation process: what it is about (its subject), who may take part, and a sequence of
 * dated phases, each using one method. The phases follow one another without gap or overlap, so
 * from the first phase's start to the last one's end exactly one phase is active; the active
 * phase decides what people can do (`mayDo`), as adhocracy4's phases do.
 */

export const methods = ["information", "text-review", "survey", "workshops", "idea-call", "closing-report"] as const;
export type Method = (typeof methods)[number];

export const subjectKinds = ["measure", "action-field", "strategy", "topic"] as const;
export type SubjectKind = (typeof subjectKinds)[number];

/** What the process is about: a measure (by slug), an action field (by key), the strategy, or a free topic. */
export type Subject =
  | { kind: "measure"; slug: string }
  | { kind: "action-field"; key: string }
  | { kind: "strategy" }
  | { kind: "topic"; text: string };

/** Public: everyone may take part; invited: only the people invited (e.g. the panel's members, a team). */
export const visibilities = ["public", "invited"] as const;
export type Visibility = (typeof visibilities)[number];

/** What people do in a process; each method allows some of it while its phase is active. */
export const participationActions = [
  "comment",
  "propose-wording",
  "support",
  "answer-survey",
  "register-workshop",
  "submit-idea",
] as const;
export type ParticipationAction = (typeof participationActions)[number];

const allowedByMethod: Record<Method, readonly ParticipationAction[]> = {
  information: [],
  "text-review": ["comment", "propose-wording", "support"],
  survey: ["answer-survey"],
  workshops: ["register-workshop"],
  "idea-call": ["submit-idea", "support"],
  "closing-report": [],
};

export interface Phase {
  method: Method;
  /** Inclusive. */
  startsAt: Date;
  /** Exclusive; the next phase starts here. */
  endsAt: Date;
}

export const MAX_PHASES = 12;
const error = (name: string) => `participation.errors.${name}`;

const phaseSchema = z
  .object({
    method: z.enum(methods, { error: error("method") }),
    startsAt: z.date({ error: error("phaseStart") }),
    endsAt: z.date({ error: error("phaseEnd") }),
  })
  .refine((phase) => phase.endsAt.getTime() > phase.startsAt.getTime(), {
    error: error("phaseEndBeforeStart"),
    path: ["endsAt"],
  });

export type PhasesResult = { ok: true; phases: Phase[] } | { ok: false; issue: FieldIssue };

/**
 * Checks a sequence of phases: one to twelve, each ending after it starts, each starting exactly
 * when the one before ends (no gap: a process does not fall silent between phases; no overlap: one
 * phase at a time), and a closing report, if any, only as the last phase.
 */
export function checkPhases(raw: readonly unknown[]): PhasesResult {
  if (raw.length === 0) return { ok: false, issue: { path: "phases", message: error("phasesNone") } };
  if (raw.length > MAX_PHASES) return { ok: false, issue: { path: "phases", message: error("phasesMany") } };
  const phases: Phase[] = [];
  for (const [i, candidate] of raw.entries()) {
    const parsed = phaseSchema.safeParse(candidate);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const path = ["phases", i, ...(issue?.path ?? [])].join(".");
      return { ok: false, issue: { path, message: issue?.message ?? error("phase") } };
    }
    const before = phases.at(-1);
    if (before && parsed.data.startsAt.getTime() !== before.endsAt.getTime()) {
      const name = parsed.data.startsAt.getTime() < before.endsAt.getTime() ? "phaseOverlap" : "phaseGap";
      return { ok: false, issue: { path: `phases.${i}.startsAt`, message: error(name) } };
    }
    if (before?.method === "closing-report") {
      return { ok: false, issue: { path: `phases.${i - 1}.method`, message: error("closingReportLast") } };
    }
    phases.push(parsed.data);
  }
  return { ok: true, phases };
}

export type ProcessState =
  | { kind: "upcoming"; startsAt: Date }
  | { kind: "running"; phase: number }
  | { kind: "finished"; endedAt: Date };

/** Where a process stands at `now`: before its first phase, in one phase (its index), or over. */
export function processState(phases: readonly Phase[], now: Date): ProcessState {
  const first = phases[0];
  const last = phases.at(-1);
  if (!first || !last) throw new Error("a process has at least one phase");
  const t = now.getTime();
  if (t < first.startsAt.getTime()) return { kind: "upcoming", startsAt: first.startsAt };
  if (t >= last.endsAt.getTime()) return { kind: "finished", endedAt: last.endsAt };
  const phase = phases.findIndex((p) => t >= p.startsAt.getTime() && t < p.endsAt.getTime());
  return { kind: "running", phase };
}

export type Refusal = { ok: false; reason: string };

/**
 * Whether someone may do `action` in the process at `now`: the process is running, its active
 * phase's method allows the action, and an invited-only process counts the person among its
 * invited. The reason names what is missing, for the page to say.
 */
export function mayDo(
  process: { phases: readonly Phase[]; visibility: Visibility },
  person: { invited: boolean },
  action: ParticipationAction,
  now: Date,
): { ok: true } | Refusal {
  if (process.visibility === "invited" && !person.invited) return { ok: false, reason: error("notInvited") };
  const state = processState(process.phases, now);
  if (state.kind === "upcoming") return { ok: false, reason: error("notStarted") };
  if (state.kind === "finished") return { ok: false, reason: error("finished") };
  const method = process.phases[state.phase]?.method;
  if (!method || !allowedByMethod[method].includes(action)) return { ok: false, reason: error("notInThisPhase") };
  return { ok: true };
}

/** The actions the method of a phase allows (for the page's explanation of a phase). */
export function actionsOf(method: Method): readonly ParticipationAction[] {
  return allowedByMethod[method];
}
