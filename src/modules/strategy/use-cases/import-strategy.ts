import { actorLabel } from "../../../platform/audit/audit";
import type { Executor } from "../../../platform/db/database";
import { Invalid } from "../../../platform/errors/errors";
import type { Actor } from "../../../platform/permissions/permissions";
import { defineUseCase } from "../../../platform/use-case/use-case";
import {
  knownCatalogue,
  upsertActionField,
  upsertCluster,
  upsertGovernanceBody,
  upsertOrganisation,
  upsertPhase,
  upsertSpatialLevel,
  upsertStrategyInfo,
  upsertValue,
} from "../data/catalogue";
import {
  assessmentHistory,
  findMeasuresByCodes,
  insertAssessment,
  insertMeasure,
  insertVersion,
  refreshPlannerStatistics,
  updateMeasure,
} from "../data/measures";
import { type AssessmentRecord, assessmentChanges, recordAssessment, strongValueIds } from "../domain/assessment";
import type { StoredMeasure, UpsertOutcome } from "../domain/catalogue";
import { diff, overlay } from "../domain/diff";
import { importStrategyInput } from "../domain/inputs";
import { type Assessment, blankContent, type MeasureContent, type TeamMember } from "../domain/model";
import { type ImportIssue, type ImportReport, readStrategyFile, type StrategyCatalogue } from "../domain/strategy-file";

/** Thrown when the file has problems; nothing was imported. */
export class StrategyFileInvalid extends Invalid {
  constructor(readonly importIssues: ImportIssue[]) {
    super(
      "strategy.import.invalid",
      importIssues.map((i) => ({ path: i.path, message: i.key })),
    );
  }
}

function author(actor: Actor): { authorId: string | null; authorLabel: string } {
  return { authorId: actor.kind === "user" ? actor.id : null, authorLabel: actorLabel(actor) };
}

/** Writes a checked catalogue: creates what is new, updates what changed, leaves the rest alone. */
async function applyCatalogue(
  tx: Executor,
  actor: Actor,
  now: Date,
  catalogue: StrategyCatalogue,
): Promise<ImportReport> {
  const report: ImportReport = {};
  const count = (kind: string, outcome: UpsertOutcome) => {
    report[kind] ??= { created: 0, updated: 0, unchanged: 0 };
    report[kind][outcome] += 1;
  };
  if (catalogue.meta || catalogue.scale) {
    const info = catalogue.meta
      ? {
          name: { de: catalogue.meta.nameDe, en: catalogue.meta.nameEn },
          short: catalogue.meta.short,
          adoptedBy: catalogue.meta.adoptedBy,
          adoptedOn: catalogue.meta.adoptedOn,
          owner: catalogue.meta.owner,
          fundingProgramme: catalogue.meta.fundingProgramme,
          sources: catalogue.meta.sources,
        }
      : null;
    count("strategy", await upsertStrategyInfo(tx, info, catalogue.scale, now));
  }
  for (const v of catalogue.values) count("values", await upsertValue(tx, v));
  for (const c of catalogue.clusters) count("clusters", await upsertCluster(tx, c));
  for (const l of catalogue.spatialLevels) count("spatialLevels", await upsertSpatialLevel(tx, l));
  for (const p of catalogue.phases) count("phases", await upsertPhase(tx, p));
  for (const f of catalogue.actionFields) count("actionFields", await upsertActionField(tx, f, now));
  for (const o of catalogue.organisations) count("organisations", await upsertOrganisation(tx, o, now));
  for (const b of catalogue.governanceBodies) count("governanceBodies", await upsertGovernanceBody(tx, b));

  const who = author(actor);
  const codes = [
    ...catalogue.measures.map((m) => m.code),
    ...catalogue.teams.map((t) => t.measureCode),
    ...catalogue.assessments.map((a) => a.measureCode),
  ];
  const existing = new Map<string, StoredMeasure>();
  for (const m of await findMeasuresByCodes(tx, [...new Set(codes)])) if (m.code) existing.set(m.code, m);

  // Current id and version of every measure touched, as the writes below move them on.
  const state = new Map<string, { id: string; version: number; content: MeasureContent }>();
  for (const [code, m] of existing) state.set(code, { id: m.id, version: m.version, content: m.content });

  async function saveContent(code: string, next: MeasureContent): Promise<void> {
    const current = state.get(code);
    if (!current) throw new Error(`measure ${code} is not in the catalogue`);
    const changes = diff(current.content, next);
    if (changes.length === 0) {
      count("measures", "unchanged");
      return;
    }
    const version = await updateMeasure(tx, current.id, current.version, next, now);
    if (version === null) throw new Error(`measure ${code} changed during the import`);
    await insertVersion(tx, { measureId: current.id, version, kind: "import", at: now, ...who, changes });
    state.set(code, { id: current.id, version, content: next });
    count("measures", "updated");
  }

  for (const entry of catalogue.measures) {
    const current = state.get(entry.code);
    if (current) {
      await saveContent(entry.code, overlay(current.content, entry.content));
      continue;
    }
    const content = overlay(blankContent(), entry.content);
    const id = await insertMeasure(tx, { slug: entry.slug, code: entry.code, content, now });
    await insertVersion(tx, {
      measureId: id,
      version: 1,
      kind: "created",
      at: now,
      ...who,
      changes: diff(blankContent(), content),
    });
    state.set(entry.code, { id, version: 1, content });
    count("measures", "created");
  }

  for (const { measureCode, team } of catalogue.teams) {
    const current = state.get(measureCode);
    if (current) await saveContent(measureCode, { ...current.content, team: team as TeamMember[] });
  }

  const byMeasure = new Map<string, Assessment[]>();
  for (const a of catalogue.assessments)
    byMeasure.set(a.measureCode, [...(byMeasure.get(a.measureCode) ?? []), a.assessment]);
  for (const [code, list] of byMeasure) {
    const current = state.get(code);
    if (!current) continue;
    const before = await assessmentHistory(tx, current.id);
    let history: AssessmentRecord[] = before;
    const added: AssessmentRecord[] = [];
    for (const assessment of list) {
      const result = recordAssessment(history, assessment);
      history = result.history;
      if (result.added) added.push(result.added);
    }
    for (let i = added.length; i < list.length; i++) count("assessments", "unchanged");
    if (added.length === 0) continue;
    for (const record of added) await insertAssessment(tx, current.id, record, { at: now, by: who.authorLabel });
    const version = await updateMeasure(tx, current.id, current.version, current.content, now, {
      strongValueIds: strongValueIds(history),
    });
    if (version === null) throw new Error(`measure ${code} changed during the import`);
    await insertVersion(tx, {
      measureId: current.id,
      version,
      kind: "assessment",
      at: now,
      ...who,
      changes: assessmentChanges(before, history),
    });
    state.set(code, { ...current, version });
    for (let i = 0; i < added.length; i++) count("assessments", "created");
  }
  return report;
}

/**
 * `gemeinsam import strategy FILE.yaml` and the demo seed: checks the whole file, then imports it
 * in one transaction. Running it again with the same file changes nothing.
 */
export const importStrategy = defineUseCase({
  action: "strategy.catalogue.import",
  input: importStrategyInput,
  rateLimit: () => null,
  run: async (ctx, input) => {
    const read = readStrategyFile(input.document, await knownCatalogue(ctx.tx), ctx.deps.city);
    if (!read.ok) throw new StrategyFileInvalid(read.issues);
    const report = await applyCatalogue(ctx.tx, ctx.actor, ctx.now, read.catalogue);
    const changed = Object.values(report).some((n) => n.created + n.updated > 0);
    // Fresh planner statistics after a bulk change: the embedded database runs no autovacuum.
    if (changed) await refreshPlannerStatistics(ctx.tx);
    return {
      result: report,
      audit: { action: "strategy.catalogue.import", objectType: "strategy", objectId: input.source, after: report },
    };
  },
});
