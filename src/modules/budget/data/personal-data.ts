import { and, asc, eq, inArray } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import type { PersonalDataHook } from "../../../platform/personal-data/hook";
import { appSecrets } from "../../../platform/security/schema";
import { newToken } from "../../../platform/security/tokens";
import { deleteResidencesOfKeys, residencesOfKeys } from "./eligibility";
import { budgetBallots, budgetHeadings, budgetProjects, budgets } from "./schema";
import { accountVoterKey, VOTER_SECRET } from "./voter-key";

/** Read without creating it: no secret means no account ever voted, so there is nothing to find. */
async function voterSecret(db: Executor): Promise<string | null> {
  const [row] = await db.select({ value: appSecrets.value }).from(appSecrets).where(eq(appSecrets.name, VOTER_SECRET));
  return row?.value ?? null;
}

/** For each budget, the key the account's ballots would carry there. */
async function accountKeys(db: Executor, accountId: string): Promise<Array<{ budgetId: string; key: string }>> {
  const secret = await voterSecret(db);
  if (!secret) return [];
  const rows = await db.select({ id: budgets.id }).from(budgets);
  return rows.map((b) => ({ budgetId: b.id, key: accountVoterKey(secret, b.id, accountId) }));
}

async function proposalsOf(db: Executor, accountId: string) {
  return db
    .select({
      budget: budgets.slug,
      budgetTitle: budgets.title,
      heading: budgetHeadings.name,
      number: budgetProjects.number,
      title: budgetProjects.title,
      description: budgetProjects.description,
      estimatedCost: budgetProjects.estimatedCost,
      actionFields: budgetProjects.actionFields,
      status: budgetProjects.status,
      reviewReason: budgetProjects.reviewReason,
      createdAt: budgetProjects.createdAt,
    })
    .from(budgetProjects)
    .innerJoin(budgets, eq(budgets.id, budgetProjects.budgetId))
    .innerJoin(budgetHeadings, eq(budgetHeadings.id, budgetProjects.headingId))
    .where(eq(budgetProjects.proposedBy, accountId))
    .orderBy(asc(budgetProjects.createdAt));
}

/**
 * When the account voted, never for what: the ballot pages themselves never show a choice again
 * (the receipt check says only "counted" or "replaced"), so a download cannot be used to prove a
 * vote to someone else. Ballots cast with a voting code are not tied to any account and not listed.
 */
async function ballotsOf(db: Executor, accountId: string) {
  const keys = await accountKeys(db, accountId);
  if (keys.length === 0) return [];
  return db
    .select({
      budget: budgets.slug,
      budgetTitle: budgets.title,
      heading: budgetHeadings.name,
      castAt: budgetBallots.createdAt,
      replacedAt: budgetBallots.replacedAt,
    })
    .from(budgetBallots)
    .innerJoin(budgets, eq(budgets.id, budgetBallots.budgetId))
    .innerJoin(budgetHeadings, eq(budgetHeadings.id, budgetBallots.headingId))
    .where(
      inArray(
        budgetBallots.voterKey,
        keys.map((k) => k.key),
      ),
    )
    .orderBy(asc(budgetBallots.createdAt));
}

/** Where the account declared or was verified to live, per budget (not the choice of any ballot). */
async function residencesOf(db: Executor, accountId: string) {
  const keys = await accountKeys(db, accountId);
  const rows = await residencesOfKeys(
    db,
    keys.map((k) => k.key),
  );
  if (rows.length === 0) return [];
  const headings = await db
    .select({ id: budgetHeadings.id, name: budgetHeadings.name, budget: budgets.slug })
    .from(budgetHeadings)
    .innerJoin(budgets, eq(budgets.id, budgetHeadings.budgetId))
    .where(
      inArray(
        budgetHeadings.id,
        rows.map((r) => r.headingId),
      ),
    );
  const byId = new Map(headings.map((h) => [h.id, h]));
  return rows.map((r) => ({
    budget: byId.get(r.headingId)?.budget ?? null,
    heading: byId.get(r.headingId)?.name ?? null,
    source: r.source,
    validUntil: r.validUntil,
    updatedAt: r.updatedAt,
  }));
}

export const budgetPersonalData: PersonalDataHook = {
  async export(db, accountId, { t }) {
    const proposals = await proposalsOf(db, accountId);
    const ballots = await ballotsOf(db, accountId);
    const residences = await residencesOf(db, accountId);
    if (proposals.length === 0 && ballots.length === 0 && residences.length === 0) return null;
    return { proposals, ballots, residences, aboutBallots: t("budget.personalData.aboutBallots") };
  },

  /**
   * Proposals stay on the ballot and in the results but lose their proposer. The account's ballots
   * keep counting; they get a fresh random key in place of the one derived from the account id,
   * so nobody can tie them to the account any more, not even with the server's secret.
   */
  async erase(tx, accountId, { deps }) {
    await tx.update(budgetProjects).set({ proposedBy: null }).where(eq(budgetProjects.proposedBy, accountId));
    const keys = await accountKeys(tx, accountId);
    // Where the account declared or was verified to live goes with it; the ballots keep their heading.
    await deleteResidencesOfKeys(
      tx,
      keys.map((k) => k.key),
    );
    for (const { budgetId, key } of keys) {
      await tx
        .update(budgetBallots)
        .set({ voterKey: `account:${newToken(deps.random, 32)}` })
        .where(and(eq(budgetBallots.budgetId, budgetId), eq(budgetBallots.voterKey, key)));
    }
  },

  messages: {
    de: {
      "budget.personalData.aboutBallots":
        "Ihre Stimmzettel sind unter einem Schlüssel gespeichert, der Ihr Konto nicht enthält. Hier steht nur, wann Sie abgestimmt haben, nicht wofür – so kann niemand mit diesem Download von Ihnen verlangen, Ihre Wahl zu beweisen. Stimmen, die Sie mit einem Abstimmungscode abgegeben haben, sind mit Ihrem Konto nicht verbunden und fehlen deshalb hier.",
    },
    en: {
      "budget.personalData.aboutBallots":
        "Your ballots are stored under a key that does not contain your account. This lists only when you voted, not for what – so nobody can use this download to make you prove how you voted. Votes you cast with a voting code are not linked to your account and are therefore not listed.",
    },
  },
};
