import { z } from "zod";
import type { Executor } from "../../../platform/db/database";
import type { Deps } from "../../../platform/deps";
import { type FieldIssue, Invalid } from "../../../platform/errors/errors";
import { districtKeysOf } from "../../../platform/reference-data";
import { actionFieldChoices, findMeasureReference } from "../../strategy";
import { accountsByEmail, type ProcessValues, slugTaken } from "../data/process-writes";
import {
  invitedLineIssue,
  type ProcessForm,
  readProcessForm,
  slugFromTitle,
  subjectColumns,
} from "../domain/process-input";

const error = (name: string) => `participation.errors.${name}`;

/**
 * The process form as a use case's input: the whole body read at once (domain/process-input.ts),
 * every mistake reported beside its field. The id of the process to change comes with it.
 */
export function processFormInput(deps: Deps) {
  const districtKeys = districtKeysOf(deps.city);
  return z.unknown().transform((raw, ctx) => {
    const body = (raw && typeof raw === "object" ? raw : {}) as Record<string, unknown>;
    const read = readProcessForm(body, districtKeys, deps.city.timeZone);
    if (!read.ok) {
      for (const issue of read.issues)
        ctx.addIssue({ code: "custom", path: issue.path.split("."), message: issue.message });
      return z.NEVER;
    }
    return { ...read.form, processId: typeof body.processId === "string" ? body.processId : null };
  });
}

/**
 * What the form names that lives elsewhere: the measure (its action field is copied for the list's
 * filter), the action field, the invited accounts, and a free address. All refusals at once.
 */
export async function resolveProcessForm(
  tx: Executor,
  form: ProcessForm,
  processId: string | null,
): Promise<{ values: ProcessValues; invited: string[] }> {
  const { fields } = form;
  const issues: FieldIssue[] = [];
  const subject = subjectColumns(fields);
  let actionField: string | null = null;
  if (subject.subjectKind === "measure") {
    const measure = await findMeasureReference(tx, subject.subjectKey ?? "");
    if (!measure) issues.push({ path: "subjectMeasure", message: error("subjectMeasureUnknown") });
    actionField = measure?.actionFieldIds[0] ?? null;
  }
  if (subject.subjectKind === "action-field") {
    const known = (await actionFieldChoices(tx, "de")).some((choice) => choice.id === subject.subjectKey);
    if (!known) issues.push({ path: "subjectActionField", message: error("subjectActionFieldUnknown") });
    actionField = subject.subjectKey;
  }
  const accounts = await accountsByEmail(
    tx,
    form.invited.map((i) => i.email),
  );
  const unknown = form.invited.find((i) => !accounts.has(i.email));
  if (unknown) issues.push(invitedLineIssue(unknown.line, "invitedUnknown"));
  if (fields.visibility === "invited" && form.invited.length === 0)
    issues.push({ path: "invited", message: error("invitedNone") });
  const slug = await freeSlug(tx, fields.slug, fields.titleDe, processId, issues);
  if (issues.length > 0) throw new Invalid("errors.invalidInput", issues);
  return {
    values: {
      slug,
      title: { de: fields.titleDe, en: fields.titleEn },
      summary: { de: fields.summaryDe, en: fields.summaryEn },
      ...subject,
      actionField,
      districts: form.districts,
      organisation: fields.organisation,
      contact: fields.contact,
      visibility: fields.visibility,
    },
    invited: [...new Set(accounts.values())],
  };
}

/** The typed address if free; else one made from the title, numbered when taken ("…-2"). */
async function freeSlug(
  tx: Executor,
  typed: string,
  title: string,
  processId: string | null,
  issues: FieldIssue[],
): Promise<string> {
  if (typed !== "") {
    if (await slugTaken(tx, typed, processId)) issues.push({ path: "slug", message: error("slugTaken") });
    return typed;
  }
  const base = slugFromTitle(title).slice(0, 74) || "beteiligung";
  for (let n = 1; n < 100; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!(await slugTaken(tx, candidate, processId))) return candidate;
  }
  issues.push({ path: "slug", message: error("slugTaken") });
  return base;
}
