import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createAccount } from "../../../../tests/support/accounts";
import { createTestApp } from "../../../../tests/support/app";
import { testDatabaseKinds } from "../../../../tests/support/database";
import { mailsTo } from "../../../../tests/support/mailbox";
import { registerMessages } from "../../../platform/i18n/i18n";
import { registerResourceKinds } from "../../../platform/resources/resources";
import { notify } from "../use-cases/notify";
import { sendDigests } from "../use-cases/send-digests";
import { notificationDigests, notifications } from "./schema";

registerResourceKinds([
  {
    type: "test_race",
    followable: true,
    summary: async (_db, id) => ({ title: id, href: `/race/${id}`, authorIds: [], acceptsComments: true }),
  },
]);
registerMessages({ de: { "test.race": "Neu: {n}" }, en: { "test.race": "New: {n}" } });

/**
 * Several processes at once: on PostgreSQL (TEST_DATABASE_URL) the transactions really overlap; on
 * PGlite they take turns. Either way the day's ceiling and the one digest a day must hold.
 */
describe.each(testDatabaseKinds)("notifications at the same moment ($kind)", ({ open }) => {
  it("mail five at most, however many notifications race, and send one digest however many jobs race", async () => {
    let now = new Date("2026-12-07T09:00:00Z");
    const t = await createTestApp({ database: await open(), deps: { clock: () => now } });
    try {
      const accountId = await createAccount(t.deps, { email: "race@example.org" });
      const one = async (n: number) => {
        const effects: Array<() => Promise<void>> = [];
        await t.deps.database.db.transaction((tx) =>
          notify(
            {
              deps: t.deps,
              tx,
              actor: { kind: "system", label: "test" },
              now,
              requestId: null,
              afterCommit: (e) => void effects.push(e),
            },
            {
              resource: { type: "test_race", id: "r" },
              messageKey: "test.race",
              params: { n: String(n) },
              accounts: [accountId],
            },
          ),
        );
        for (const effect of effects) await effect();
      };
      await Promise.all(Array.from({ length: 12 }, (_, n) => one(n)));
      expect(await mailsTo(t.database, "race@example.org")).toHaveLength(5);

      now = new Date("2026-12-08T06:00:00Z");
      const sent = await Promise.all([sendDigests(t.deps), sendDigests(t.deps), sendDigests(t.deps)]);
      expect(sent.reduce((a, b) => a + b, 0)).toBe(1);
      expect(await mailsTo(t.database, "race@example.org")).toHaveLength(6);
      expect(await t.deps.database.db.select().from(notificationDigests)).toHaveLength(1);
      const rows = await t.deps.database.db
        .select({ delivery: notifications.delivery, digestId: notifications.digestId })
        .from(notifications)
        .where(eq(notifications.accountId, accountId));
      expect(rows.filter((r) => r.delivery === "digest" && r.digestId)).toHaveLength(7);
    } finally {
      await t.close();
    }
  });
});
