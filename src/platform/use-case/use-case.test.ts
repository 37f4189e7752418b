import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { Deps } from "../deps";
import { Forbidden, Invalid, Unauthenticated } from "../errors/errors";
import { type Actor, defineActions } from "../permissions/permissions";
import { defineUseCase } from "./use-case";

defineActions({ "example.usecase.write": { roles: ["strategy_office"], scopedRoles: ["team_member"] } });

const ran: unknown[] = [];
const write = defineUseCase({
  action: "example.usecase.write",
  input: z.object({ slug: z.string().min(3), count: z.coerce.number().int().min(1) }),
  resource: (input) => ({ type: "measure", id: input.slug }),
  run: async (_ctx, input) => {
    ran.push(input);
    return { result: input, audit: { action: "example", objectType: "measure", objectId: input.slug } };
  },
});

// A use case refused before it parses never touches its dependencies.
const noDeps = new Proxy({} as Deps, {
  get: (_, name) => {
    throw new Error(`the refused use case touched deps.${String(name)}`);
  },
});
const guest: Actor = { kind: "guest" };
const resident: Actor = { kind: "user", id: "u1", label: "R", grants: [] };
const teamMember: Actor = {
  kind: "user",
  id: "u2",
  label: "T",
  grants: [{ role: "team_member", scopeType: "measure", scopeId: "radweg" }],
};

describe("a use case checks the permission before it reads the input", () => {
  it("asks a guest to sign in, whatever was sent, and shows nothing of the rules", async () => {
    for (const input of [{}, { slug: "x", count: "abc" }, { slug: "radweg", count: "3" }, { name: "a\u0000" }])
      await expect(write(noDeps, { actor: guest }, input as never)).rejects.toBeInstanceOf(Unauthenticated);
  });

  it("refuses someone signed in without the right, valid input or not", async () => {
    for (const input of [{}, { slug: "x", count: "abc" }, { slug: "radweg", count: "3" }])
      await expect(write(noDeps, { actor: resident }, input as never)).rejects.toBeInstanceOf(Forbidden);
  });

  it("reads the resource from the input as sent: a team member of another measure is refused", async () => {
    await expect(write(noDeps, { actor: teamMember }, { slug: "brunnen", count: "x" } as never)).rejects.toBeInstanceOf(
      Forbidden,
    );
    await expect(write(noDeps, { actor: teamMember }, { slug: 42, count: "x" } as never)).rejects.toBeInstanceOf(
      Forbidden,
    );
  });

  it("validates only after the permission, and refuses control characters with a field message", async () => {
    await expect(
      write(noDeps, { actor: teamMember }, { slug: "radweg", count: "abc" } as never),
    ).rejects.toBeInstanceOf(Invalid);
    const refused = await write(noDeps, { actor: teamMember }, { slug: "radweg", count: "2\u0000" } as never).catch(
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(Invalid);
    expect((refused as Invalid).issues).toEqual([{ path: "count", message: "errors.controlCharacters" }]);
    expect(ran).toEqual([]);
  });
});
