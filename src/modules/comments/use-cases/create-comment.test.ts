import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createAccount } from "../../../../tests/support/accounts";
import { createTestApp } from "../../../../tests/support/app";
import { testIdeas } from "../../../../tests/support/comments/test-idea";
import { testDatabaseKinds } from "../../../../tests/support/database";
import type { Actor } from "../../../platform/permissions/permissions";
import { comments } from "../data/schema";
import { createComment } from "./create-comment";

/** On PostgreSQL (TEST_DATABASE_URL) the requests really run at once, each in its own transaction. */
describe.each(testDatabaseKinds)("the same comment sent at once ($kind)", ({ open }) => {
  it("is stored once, and every request answers with the stored comment", async () => {
    const t = await createTestApp({ database: await open() });
    try {
      const userId = await createAccount(t.deps, { email: `c-${Date.now()}@example.org` });
      const actor: Actor = {
        kind: "user",
        id: userId,
        label: "x",
        grants: [{ role: "resident", scopeType: null, scopeId: null }],
      };
      testIdeas.set("concurrent", { title: "Gleichzeitig", authorId: null, open: true, comments: 0, hidden: null });
      const input = {
        resourceType: "test_idea",
        resourceId: "concurrent",
        body: "Einmal reicht.",
        submissionKey: "same-form-key-123",
        clientAddress: "203.0.113.9",
      };
      const results = await Promise.all(Array.from({ length: 8 }, () => createComment(t.deps, { actor }, input)));
      expect(new Set(results.map((r) => r.id)).size).toBe(1);
      const stored = await t.deps.database.db.select().from(comments).where(eq(comments.resourceId, "concurrent"));
      expect(stored).toHaveLength(1);
      expect(testIdeas.get("concurrent")?.comments).toBe(1);
    } finally {
      await t.close();
    }
  });
});
