import { actorLabel } from "../../../platform/audit/audit";
import { Conflict, type FieldIssue, Invalid } from "../../../platform/errors/errors";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { loadReference } from "../data/catalogue";
import { checkVersion, loadMeasure } from "../data/measure-changes";
import { assessmentHistory, insertAssessment, insertVersion, updateMeasure } from "../data/measures";
import {
  type AssessmentRecord,
  assessmentChanges,
  currentAssessments,
  recordAssessment,
  strongValueIds,
} from "../domain/assessment";
import type { MeasureSaved } from "../domain/catalogue";
import { measureAssessmentInput } from "../domain/inputs";
import { measureResource } from "../domain/model";

/**
 * Assesses the measure against the values compass: a score from 0 to 3 and a rationale per value.
 * Each change adds to the history (nothing earlier is overwritten). The office and the team.
 */
export const assessMeasure = defineUseCase({
  action: "strategy.measure.assess",
  input: measureAssessmentInput,
  resource: measureResource,
  run: async (ctx, input) => {
    const current = await loadMeasure(ctx, input.slug);
    checkVersion(current, input.version);
    const { values } = await loadReference(ctx.tx);
    const known = new Set(values.map((v) => v.id));
    const issues: FieldIssue[] = [];
    input.assessments.forEach((row, i) => {
      if (!known.has(row.value)) issues.push({ path: `assessments.${i}.value`, message: "strategy.form.choice" });
      if (row.score !== null && row.rationale_de === "") {
        issues.push({ path: `assessments.${i}.rationale_de`, message: "strategy.form.rationaleRequired" });
      }
    });
    if (issues.length) throw new Invalid("errors.invalidInput", issues);

    const before = await assessmentHistory(ctx.tx, current.id);
    const inForce = currentAssessments(before);
    const today = ctx.now.toISOString().slice(0, 10);
    let history: AssessmentRecord[] = before;
    const added: AssessmentRecord[] = [];
    for (const row of input.assessments) {
      if (row.score === null) continue;
      const held = inForce.get(row.value);
      const unchanged =
        held &&
        held.score === row.score &&
        held.rationale.de === row.rationale_de &&
        held.rationale.en === row.rationale_en;
      if (unchanged) continue;
      const result = recordAssessment(history, {
        valueId: row.value,
        score: row.score,
        rationale: { de: row.rationale_de, en: row.rationale_en },
        assessedBy: actorLabel(ctx.actor),
        assessedOn: today,
        sourceStatus: null,
      });
      history = result.history;
      if (result.added) added.push(result.added);
    }

    let version = current.version;
    const changes = assessmentChanges(before, history);
    if (added.length > 0) {
      for (const record of added)
        await insertAssessment(ctx.tx, current.id, record, { at: ctx.now, by: actorLabel(ctx.actor) });
      const saved = await updateMeasure(ctx.tx, current.id, current.version, current.content, ctx.now, {
        strongValueIds: strongValueIds(history),
      });
      if (saved === null) throw new Conflict("strategy.edit.conflict", { version: current.version + 1 });
      version = saved;
      await insertVersion(ctx.tx, {
        measureId: current.id,
        version,
        kind: "assessment",
        at: ctx.now,
        authorId: ctx.actor.kind === "user" ? ctx.actor.id : null,
        authorLabel: actorLabel(ctx.actor),
        changes,
      });
    }
    const result: MeasureSaved = { slug: current.slug, version, changes };
    return {
      result,
      audit: {
        action: "strategy.measure.assess",
        objectType: "measure",
        objectId: current.slug,
        before: { version: current.version },
        after: { version, values: added.map((a) => ({ value: a.valueId, score: a.score })) },
      },
    };
  },
});
