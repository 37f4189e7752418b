import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount } from "../../../../tests/support/accounts";
import { createTestApp, type TestApp } from "../../../../tests/support/app";
import { TooManyRequests } from "../../../platform/errors/errors";
import type { Actor } from "../../../platform/permissions/permissions";
import { arenaCollaborations, arenaEntries } from "../data/schema";
import { offerCollaboration } from "./offer-collaboration";

let t: TestApp;
const now = new Date(Date.UTC(2026, 10, 2, 9));
let entryIds: string[] = [];

async function resident(): Promise<Actor> {
  const id = await createAccount(t.deps, { email: `${crypto.randomUUID()}@example.org`, roles: ["resident"] });
  return { kind: "user", id, label: "x", grants: [{ role: "resident", scopeType: null, scopeId: null }] };
}

const offer = (actor: Actor, entryId: string, clientAddress: string) =>
  offerCollaboration(t.deps, { actor }, { entryId, message: "Ich helfe gern dabei mit.", clientAddress });

async function offersOn(entryId: string): Promise<number> {
  return (await t.deps.database.db.select().from(arenaCollaborations).where(eq(arenaCollaborations.entryId, entryId)))
    .length;
}

beforeAll(async () => {
  t = await createTestApp({ deps: { clock: () => now } });
  const rows = await t.deps.database.db
    .insert(arenaEntries)
    .values(
      Array.from({ length: 22 }, (_, i) => ({
        kind: "idea" as const,
        title: `Idee Nummer ${i}`,
        problem: "Ein Problem, bei dem viele helfen wollen.",
        createdAt: now,
        updatedAt: now,
        stateChangedAt: now,
      })),
    )
    .returning({ id: arenaEntries.id });
  entryIds = rows.map((row) => row.id);
});
afterAll(async () => t.close());

describe("the Arena's limits on posting", () => {
  it("lets 60 accounts behind one address post in an hour, refuses the next there, not elsewhere", async () => {
    const [first] = entryIds as [string];
    const people = await Promise.all(Array.from({ length: 61 }, resident));
    for (const person of people.slice(0, 60)) await offer(person, first, "198.51.100.7");
    const last = people[60] as Actor;
    await expect(offer(last, first, "198.51.100.7")).rejects.toBeInstanceOf(TooManyRequests);
    expect(await offersOn(first)).toBe(60);
    await offer(last, first, "198.51.100.8");
    expect(await offersOn(first)).toBe(61);
  });

  it("lets one account post 20 times in an hour, from any address", async () => {
    const person = await resident();
    const targets = entryIds.slice(1);
    for (const [i, entryId] of targets.slice(0, 20).entries()) await offer(person, entryId, `192.0.2.${i}`);
    await expect(offer(person, targets[20] as string, "192.0.2.99")).rejects.toBeInstanceOf(TooManyRequests);
    expect(await offersOn(targets[20] as string)).toBe(0);
  });
});
