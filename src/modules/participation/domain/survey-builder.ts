import { type Question, type QuestionKind, questionKinds } from "./survey";

/**
 * The office's questionnaire as its form holds it between submits: every question as plain
 * fields (texts, choices one per line in each language), so the builder works without JavaScript.
 * The buttons change the working copy (add a question of a kind, move one, remove one); saving
 * turns it into the raw questionnaire that `checkQuestionnaire` checks.
 */

export interface DraftQuestion {
  id: string;
  kind: QuestionKind;
  textDe: string;
  textEn: string;
  required: boolean;
  choicesDe: string;
  choicesEn: string;
  rowsDe: string;
  rowsEn: string;
  lowDe: string;
  lowEn: string;
  highDe: string;
  highEn: string;
  /** "question:choice", or "" for a question that always shows. */
  showIf: string;
}

const textFields = [
  "textDe",
  "textEn",
  "choicesDe",
  "choicesEn",
  "rowsDe",
  "rowsEn",
  "lowDe",
  "lowEn",
  "highDe",
  "highEn",
  "showIf",
] as const;

export const MAX_DRAFT_QUESTIONS = 60;

/** The form field of a question's part, e.g. `q-2-textEn`. */
export function draftField(index: number, part: string): string {
  return `q-${index}-${part}`;
}

const lines = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");

const isKind = (value: unknown): value is QuestionKind =>
  typeof value === "string" && (questionKinds as readonly string[]).includes(value);

/** The working copy from a sent form (`count` questions); missing parts are empty. */
export function draftFromForm(body: Readonly<Record<string, unknown>>): DraftQuestion[] {
  const count = Math.min(MAX_DRAFT_QUESTIONS, Math.max(0, Number.parseInt(String(body.count ?? "0"), 10) || 0));
  const draft: DraftQuestion[] = [];
  for (let i = 0; i < count; i++) {
    const read = (part: string) => {
      const value = body[draftField(i, part)];
      return typeof value === "string" ? value : "";
    };
    const kind = read("kind");
    if (!isKind(kind)) continue;
    const question: DraftQuestion = { ...emptyDraft(read("id"), kind), required: read("required") !== "" };
    for (const field of textFields) question[field] = read(field);
    draft.push(question);
  }
  return draft;
}

function emptyDraft(id: string, kind: QuestionKind): DraftQuestion {
  return {
    id,
    kind,
    textDe: "",
    textEn: "",
    required: false,
    choicesDe: "",
    choicesEn: "",
    rowsDe: "",
    rowsEn: "",
    lowDe: "",
    lowEn: "",
    highDe: "",
    highEn: "",
    showIf: "",
  };
}

/** The working copy of a stored questionnaire. */
export function draftFromQuestions(questions: readonly Question[]): DraftQuestion[] {
  return questions.map((q) => ({
    id: q.id,
    kind: q.kind,
    textDe: q.text.de,
    textEn: q.text.en,
    required: q.required,
    choicesDe: q.choices.map((c) => c.text.de).join("\n"),
    choicesEn: q.choices.map((c) => c.text.en).join("\n"),
    rowsDe: q.rows.map((r) => r.text.de).join("\n"),
    rowsEn: q.rows.map((r) => r.text.en).join("\n"),
    lowDe: q.scaleLabels?.low.de ?? "",
    lowEn: q.scaleLabels?.low.en ?? "",
    highDe: q.scaleLabels?.high.de ?? "",
    highEn: q.scaleLabels?.high.en ?? "",
    showIf: q.showIf ? `${q.showIf.question}:${q.showIf.choice}` : "",
  }));
}

/** Choices from the lines in both languages; the n-th line of each belongs together. */
function choicesOf(de: string, en: string, prefix: string) {
  const german = lines(de);
  const english = lines(en);
  return Array.from({ length: Math.max(german.length, english.length) }, (_, k) => ({
    id: `${prefix}${k + 1}`,
    text: { de: german[k] ?? "", en: english[k] ?? "" },
  }));
}

const withChoices = new Set<QuestionKind>(["single", "multiple", "ranking", "matrix"]);

/** The questionnaire for `checkQuestionnaire`: each kind with only the parts it uses. */
export function rawQuestionnaire(draft: readonly DraftQuestion[]): unknown[] {
  return draft.map((q) => {
    const [on, choice] = q.showIf.split(":");
    const anyLabel = [q.lowDe, q.lowEn, q.highDe, q.highEn].some((text) => text.trim() !== "");
    return {
      id: q.id,
      kind: q.kind,
      text: { de: q.textDe, en: q.textEn },
      required: q.required,
      choices: withChoices.has(q.kind) ? choicesOf(q.choicesDe, q.choicesEn, "c") : [],
      rows: q.kind === "matrix" ? choicesOf(q.rowsDe, q.rowsEn, "r") : [],
      scaleLabels:
        q.kind === "scale" && anyLabel
          ? { low: { de: q.lowDe, en: q.lowEn }, high: { de: q.highDe, en: q.highEn } }
          : null,
      showIf: on && choice ? { question: on, choice } : null,
    };
  });
}

/**
 * The form field a questionnaire issue belongs to (`questions.3.choices.1.text.en` → `q-3-choicesEn`),
 * or `form` for the questionnaire as a whole.
 */
export function draftFieldOfIssue(path: string): string {
  const [root, index, part, ...rest] = path.split(".");
  if (root !== "questions" || index === undefined || !/^\d+$/.test(index)) return "form";
  const i = Number(index);
  const english = rest.at(-1) === "en";
  const language = english ? "En" : "De";
  switch (part) {
    case "choices":
      return draftField(i, `choices${language}`);
    case "rows":
      return draftField(i, `rows${language}`);
    case "scaleLabels":
      return draftField(i, `${rest[0] === "high" ? "high" : "low"}${language}`);
    case "showIf":
      return draftField(i, "showIf");
    case "text":
      return draftField(i, `text${language}`);
    default:
      return draftField(i, "textDe");
  }
}

/** The question's index in the working copy, from the number its field names carry. */
export function questionIndexOfField(field: string): number | null {
  const match = /^q-(\d+)-/.exec(field);
  return match ? Number(match[1]) : null;
}

/** What a builder button does: add a question of a kind, move one up or down, remove one. */
export type DraftOperation =
  | { kind: "add"; questionKind: QuestionKind }
  | { kind: "up" | "down" | "remove"; index: number }
  | { kind: "save" };

/** Reads the pressed button (`add:scale`, `up:2`, `remove:0`, `save`); anything else saves. */
export function readOperation(value: unknown): DraftOperation {
  const [name, argument = ""] = typeof value === "string" ? value.split(":") : [];
  if (name === "add" && isKind(argument)) return { kind: "add", questionKind: argument };
  if ((name === "up" || name === "down" || name === "remove") && /^\d{1,2}$/.test(argument)) {
    return { kind: name, index: Number(argument) };
  }
  return { kind: "save" };
}

/** A question id not yet used in the working copy (q1, q2, …): ids stay when questions move. */
function freshId(draft: readonly DraftQuestion[]): string {
  const numbers = draft.map((q) => /^q(\d+)$/.exec(q.id)?.[1]).map((n) => (n ? Number(n) : 0));
  return `q${Math.max(0, ...numbers) + 1}`;
}

/**
 * The working copy after a button: a new empty question at the end (none beyond the most
 * allowed), a question swapped with its neighbour, or one removed together with the conditions of
 * later questions on it (they would point to nothing).
 */
export function applyOperation(draft: readonly DraftQuestion[], operation: DraftOperation): DraftQuestion[] {
  const next = draft.map((q) => ({ ...q }));
  switch (operation.kind) {
    case "add":
      if (next.length < MAX_DRAFT_QUESTIONS) {
        next.push({ ...emptyDraft(freshId(next), operation.questionKind), required: true });
      }
      return next;
    case "up":
    case "down": {
      const from = operation.index;
      const to = operation.kind === "up" ? from - 1 : from + 1;
      const a = next[from];
      const b = next[to];
      if (!a || !b) return next;
      next[from] = b;
      next[to] = a;
      return next;
    }
    case "remove": {
      const removed = next[operation.index];
      if (!removed) return next;
      return next
        .filter((_, i) => i !== operation.index)
        .map((q) => (q.showIf.startsWith(`${removed.id}:`) ? { ...q, showIf: "" } : q));
    }
    case "save":
      return next;
  }
}

/** The form's values of the working copy, by field name. */
export function draftValues(draft: readonly DraftQuestion[]): Record<string, string> {
  const values: Record<string, string> = { count: String(draft.length) };
  for (const [i, q] of draft.entries()) {
    values[draftField(i, "id")] = q.id;
    values[draftField(i, "kind")] = q.kind;
    values[draftField(i, "required")] = q.required ? "on" : "";
    for (const field of textFields) values[draftField(i, field)] = q[field];
  }
  return values;
}

/** Who answers: signed-in accounts (one answer each), or anyone without signing in (one per browser). */
export const answeredByOptions = ["accounts", "anonymous"] as const;
export type AnsweredBy = (typeof answeredByOptions)[number];

export function readAnsweredBy(value: unknown): AnsweredBy | null {
  return answeredByOptions.find((option) => option === value) ?? null;
}
