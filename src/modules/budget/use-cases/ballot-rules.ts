import { createHash } from "node:crypto";
import type { RandomBytes } from "../../../platform/security/tokens";
import { RULES, type RuleName } from "../domain/rules";

/** The phases of a budget, in order. Each starts at its date; the current one follows from the clock. */
export const PHASES = ["upcoming", "proposals", "review", "voting", "results", "implementation"] as const;
export type Phase = (typeof PHASES)[number];

export interface PhaseDates {
  proposalsStart: Date;
  reviewStart: Date;
  votingStart: Date;
  resultsStart: Date;
  implementationStart: Date;
}

export const phaseDateFields = [
  "proposalsStart",
  "reviewStart",
  "votingStart",
  "resultsStart",
  "implementationStart",
] as const;

export function phaseOf(dates: PhaseDates, now: Date): Phase {
  const t = now.getTime();
  if (t >= dates.implementationStart.getTime()) return "implementation";
  if (t >= dates.resultsStart.getTime()) return "results";
  if (t >= dates.votingStart.getTime()) return "voting";
  if (t >= dates.reviewStart.getTime()) return "review";
  if (t >= dates.proposalsStart.getTime()) return "proposals";
  return "upcoming";
}

/** Whether results may be shown: only once voting has closed. */
export function resultsPublished(phase: Phase): boolean {
  return phase === "results" || phase === "implementation";
}

export const BALLOT_TYPES = ["approval", "points"] as const;
export type BallotType = (typeof BALLOT_TYPES)[number];

const POINTS_RULES: readonly RuleName[] = ["greedy_points", "mes_points", "mes_points_add1"];

/** The rules a city may choose for a ballot type: points rules need points ballots and vice versa. */
export function rulesFor(ballotType: BallotType): RuleName[] {
  return RULES.filter((rule) => POINTS_RULES.includes(rule) === (ballotType === "points"));
}

export interface BallotLimits {
  ballotType: BallotType;
  maxProjects: number | null;
  knapsack: boolean;
  pointsTotal: number | null;
  /** The heading's amount (whole euros). */
  amount: number;
}

export interface BallotProject {
  id: string;
  cost: number;
}

export interface BallotTotals {
  /** Chosen projects and their points (1 for approval). */
  chosen: Array<{ projectId: string; points: number }>;
  count: number;
  cost: number;
  points: number;
  /** Message keys of the limits this ballot breaks (empty when it may be cast). */
  problems: string[];
}

/**
 * Checks a ballot against the budget's limits: the number of projects, the money ("knapsack") or the
 * points to distribute. The server computes this for the ballot page without JavaScript and again
 * when the ballot is cast.
 */
export function ballotTotals(
  limits: BallotLimits,
  projects: readonly BallotProject[],
  choice: ReadonlyMap<string, number>,
): BallotTotals {
  const chosen: Array<{ projectId: string; points: number }> = [];
  let cost = 0;
  let points = 0;
  for (const project of projects) {
    const value = choice.get(project.id) ?? 0;
    if (value <= 0) continue;
    const given = limits.ballotType === "approval" ? 1 : value;
    chosen.push({ projectId: project.id, points: given });
    cost += project.cost;
    points += given;
  }
  const problems: string[] = [];
  if (limits.ballotType === "approval") {
    if (limits.maxProjects !== null && chosen.length > limits.maxProjects) problems.push("budget.ballot.tooMany");
    if (limits.knapsack && cost > limits.amount) problems.push("budget.ballot.overBudget");
  } else if (points > (limits.pointsTotal ?? 0)) problems.push("budget.ballot.tooManyPoints");
  return { chosen, count: chosen.length, cost, points, problems };
}

/** Crockford's base-32 alphabet: no I, L, O or U, so codes survive being read aloud and typed. */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** 16 characters of base 32 = 80 random bits, grouped as XXXX-XXXX-XXXX-XXXX. */
export function newVotingCode(random: RandomBytes): string {
  const bytes = random(10);
  let bits = 0n;
  for (const byte of bytes) bits = (bits << 8n) | BigInt(byte);
  let text = "";
  for (let i = 0; i < 16; i++) {
    text = (ALPHABET[Number(bits & 31n)] as string) + text;
    bits >>= 5n;
  }
  return text.match(/.{4}/g)?.join("-") ?? text;
}

/** What a person typed, in canonical form: upper case, without spaces or dashes, O→0, I/L→1. */
export function normaliseCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
}

export const codePattern = /^[0-9A-HJKMNP-TV-Z]{16}$/;

/** Codes and receipts are stored only as SHA-256 hashes of their canonical form. */
export function hashCode(canonical: string): string {
  return createHash("sha256").update(canonical).digest("hex");
}

/** A project's id in exports and tie-breaking: its running number, zero-padded ("0007"). */
export function projectKey(number: number): string {
  return String(number).padStart(4, "0");
}
