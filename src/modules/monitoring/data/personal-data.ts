import type { PersonalDataHook } from "../../../platform/personal-data/hook";
import { anonymiseDefinitions, definitionsOfAccount } from "./indicators";
import { anonymiseVersions, versionsOfAccount } from "./models";
import { anonymiseObservations, observationsOfAccount } from "./observations";
import { anonymiseReviews, reviewsOfAccount } from "./reviews";
import { anonymiseSources, sourcesOfAccount } from "./source-settings";

/**
 * Monitoring's part in "download my data" and "delete my account": definitions, versions of logic
 * models with their reasons, values and sources are public records of the strategy and stay;
 * deleting the account removes who wrote them (pages never name the person; they stay "deleted
 * account" in the audit log's sense).
 */
export const monitoringPersonalData: PersonalDataHook = {
  async export(db, accountId) {
    const [definitions, versions, values, sources, reviews] = await Promise.all([
      definitionsOfAccount(db, accountId),
      versionsOfAccount(db, accountId),
      observationsOfAccount(db, accountId),
      sourcesOfAccount(db, accountId),
      reviewsOfAccount(db, accountId),
    ]);
    const reviewCount = reviews.rounds.length + reviews.reports.length + reviews.decisions.length;
    if (definitions.length + versions.length + values.length + sources.length + reviewCount === 0) return null;
    return {
      indicatorDefinitions: definitions.map((d) => ({
        key: d.key,
        name: d.nameDe,
        created: d.createdBy === accountId,
        createdAt: d.createdAt.toISOString(),
        updatedAt: d.updatedAt.toISOString(),
      })),
      logicModelVersions: versions.map((v) => ({
        measureId: v.measureId,
        version: v.version,
        reason: v.reason,
        at: v.createdAt.toISOString(),
      })),
      values: values.map((o) => ({
        measureId: o.measureId,
        indicator: o.indicator,
        period: o.period,
        value: o.value,
        status: o.status,
        note: o.note,
        at: o.enteredAt.toISOString(),
      })),
      dataSources: sources.map((s) => ({
        measureId: s.measureId,
        indicator: s.indicator,
        kind: s.kind,
        at: s.createdAt.toISOString(),
      })),
      reviewRoundsOpened: reviews.rounds.map((r) => ({ title: r.title, at: r.at.toISOString() })),
      reviewReportsWritten: reviews.reports.map((r) => ({ measureId: r.measureId, at: r.at.toISOString() })),
      reviewDecisions: reviews.decisions.map((d) => ({ decision: d.decision, at: d.at?.toISOString() ?? null })),
    };
  },
  async erase(tx, accountId) {
    await anonymiseDefinitions(tx, accountId);
    await anonymiseVersions(tx, accountId);
    await anonymiseObservations(tx, accountId);
    await anonymiseSources(tx, accountId);
    await anonymiseReviews(tx, accountId);
  },
};
