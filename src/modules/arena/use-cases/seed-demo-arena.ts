import { eq } from "drizzle-orm";
import type { Deps } from "../../../platform/deps";
import { demoAccount } from "../../../platform/identity/demo-accounts";
import { createComment } from "../../comments";
import { reportResource } from "../../moderation";
import { createMeasureFromOrigin } from "../../strategy";
import { insertConsortium, joinConsortium } from "../data/consortia";
import { findEntryById, insertEntry, setEntryFields, setEntryState } from "../data/entries";
import { arenaEntries } from "../data/schema";
import { insertStateChange } from "../data/state-changes";
import { writeSupports } from "../data/supports";
import { demoAuthors, demoComments, demoEntries } from "../domain/demo-entries";
import { ENTRY_TYPE, entryPath } from "./entry-resource";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Seeds the demo Arena once (when it has no demo entries yet): the entries with their authors,
 * supports, public answers, one consortium and one entry accepted as a measure, so a newcomer sees
 * a living Arena. Demo accounts have no password and a `.invalid` address.
 */
export async function seedArena(deps: Deps): Promise<void> {
  const db = deps.database.db;
  const [existing] = await db
    .select({ id: arenaEntries.id })
    .from(arenaEntries)
    .where(eq(arenaEntries.demo, true))
    .limit(1);
  if (existing) return;
  const now = deps.clock();
  const actor = { kind: "system" as const, label: "demo seed" };
  const accounts = new Map<string, string>();
  const entryIds = new Map<string, string>();
  await db.transaction(async (tx) => {
    for (const a of demoAuthors) accounts.set(a.key, await demoAccount(tx, { ...a, now }));
    const people = [...accounts.values()];
    const consortia = new Map<string, string[]>();
    for (const demo of demoEntries) {
      const createdAt = new Date(now.getTime() - demo.daysAgo * DAY_MS);
      const author = accounts.get(demo.author) ?? null;
      const group = demoAuthors.find((a) => a.key === demo.author)?.stakeholderGroup ?? null;
      const { id, number } = await insertEntry(tx, {
        content: { compass: {}, ...demo.content, language: "de" },
        authorId: author,
        stakeholderGroup: group,
        demo: true,
        now: createdAt,
      });
      entryIds.set(demo.key, id);
      const supporters = people.filter((p) => p !== author).slice(0, demo.supporters);
      await writeSupports(
        tx,
        "add",
        supporters.map((accountId) => ({ number, accountId, createdAt })),
      );
      for (const answer of demo.answers) {
        const at = new Date(createdAt.getTime() + answer.afterDays * DAY_MS);
        const entry = await findEntryById(tx, id);
        if (!entry) continue;
        await setEntryState(tx, entry, answer.to, at);
        await insertStateChange(tx, {
          entryId: id,
          fromState: entry.state,
          toState: answer.to,
          explanation: answer.explanation,
          changedBy: null,
          now: at,
        });
      }
      if (demo.consortium) consortia.set(demo.consortium, [...(consortia.get(demo.consortium) ?? []), id]);
      if (demo.measure) {
        const entry = await findEntryById(tx, id);
        if (!entry) continue;
        const { slug } = await createMeasureFromOrigin(
          { tx, actor, now },
          {
            origin: "arena",
            originRef: entryPath(number),
            title: entry.title,
            description: `${entry.problem}\n\n${entry.approach}`.trim(),
            type: demo.measure,
            districts: entry.districtIds,
            resource: null,
            actionFields: entry.actionFieldIds,
            team: author
              ? [{ name: demoAuthors.find((a) => a.key === demo.author)?.displayName ?? "", accountId: author }]
              : [],
          },
        );
        await setEntryFields(tx, id, { measureSlug: slug });
        await setEntryState(tx, entry, "accepted", now);
        await insertStateChange(tx, {
          entryId: id,
          fromState: entry.state,
          toState: "accepted",
          explanation:
            "Das Strategieboard hat die Idee aufgenommen. Das Bürgeramt Lichtenberg setzt sie als Pilot um; das Team der Idee arbeitet mit.",
          changedBy: null,
          now,
        });
      }
    }
    for (const [name, ids] of consortia) {
      const consortium = await insertConsortium(tx, {
        name,
        description:
          "Schulen, Stiftung und Bezirk messen gemeinsam das Klima auf Schulhöfen und machen die Daten offen.",
        createdBy: null,
        now,
      });
      await joinConsortium(tx, consortium.id, ids);
    }
  });
  await seedDiscussion(deps, accounts, entryIds);
}

/**
 * A few comments through the comments module's own use case (so counts and threads are as real),
 * and one report waiting in the moderators' queue.
 */
async function seedDiscussion(deps: Deps, accounts: Map<string, string>, entryIds: Map<string, string>) {
  const as = (key: string) => {
    const id = accounts.get(key) ?? "";
    const label = demoAuthors.find((a) => a.key === key)?.displayName ?? "";
    return {
      actor: { kind: "user" as const, id, label, grants: [{ role: "resident", scopeType: null, scopeId: null }] },
    };
  };
  for (const comment of demoComments) {
    const resourceId = entryIds.get(comment.entry);
    if (!resourceId) continue;
    const { id } = await createComment(deps, as(comment.author), {
      resourceType: ENTRY_TYPE,
      resourceId,
      body: comment.body,
      submissionKey: `demo-${comment.entry}-${comment.author}`,
      language: "de",
    });
    for (const reply of comment.replies ?? [])
      await createComment(deps, as(reply.author), {
        resourceType: ENTRY_TYPE,
        resourceId,
        parentId: id,
        body: reply.body,
        submissionKey: `demo-reply-${comment.entry}-${reply.author}`,
        language: "de",
      });
    if (comment.reported)
      await reportResource(deps, as("arena-demo-jonas"), {
        type: "comment",
        id,
        category: "spam",
        reason: comment.reported,
      });
  }
}
