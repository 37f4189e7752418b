import { Command, CommanderError } from "commander";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount } from "../../../tests/support/accounts";
import { createTestApp, type TestApp } from "../../../tests/support/app";
import { registerUserCommands } from "../../modules/admin/cli/user";
import { auditLog } from "../../platform/audit/schema";
import { CommandFailed, type OpenContext } from "../../platform/cli/context";
import { verifyPassword } from "../../platform/identity/passwords";
import { roleAssignments, users } from "../../platform/identity/schema";
import { registerDatabaseCommands } from "./database";

let t: TestApp;
let printed: string[] = [];
let opened = 0;
let closed = 0;

/** The commands as `gemeinsam` has them, on the test database, printing into `printed`. */
function program(): Command {
  const open: OpenContext = async () => {
    opened++;
    return {
      deps: t.deps,
      close: async () => {
        closed++;
      },
    };
  };
  const root = new Command("gemeinsam").exitOverride().configureOutput({ writeErr: () => {}, writeOut: () => {} });
  registerDatabaseCommands(root, open, (line) => printed.push(line));
  registerUserCommands(root, open, (line) => printed.push(line));
  for (const command of root.commands) {
    command.exitOverride();
    for (const sub of command.commands) sub.exitOverride();
  }
  return root;
}

async function run(...args: string[]): Promise<string[]> {
  printed = [];
  await program().parseAsync(args, { from: "user" });
  return printed;
}

async function failure(...args: string[]): Promise<Error> {
  const error = await run(...args).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof Error)) throw new Error(`expected "${args.join(" ")}" to fail`);
  return error;
}

async function rolesOf(email: string): Promise<string[]> {
  const rows = await t.database.db
    .select({ role: roleAssignments.role, scopeType: roleAssignments.scopeType, scopeId: roleAssignments.scopeId })
    .from(roleAssignments)
    .innerJoin(users, eq(users.id, roleAssignments.userId))
    .where(eq(users.email, email));
  return rows.map((r) => (r.scopeType ? `${r.role}@${r.scopeType}/${r.scopeId}` : r.role)).sort();
}

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("gemeinsam user create", () => {
  it("creates a confirmed account with a role and prints a generated password once", async () => {
    const lines = await run(
      "user",
      "create",
      "--email",
      "Maria@Example.org",
      "--role",
      "moderator",
      "--name",
      "Maria M.",
    );
    expect(lines[0]).toMatch(/^Created the account maria@example.org \([0-9a-f-]{36}\) with the role moderator\.$/);
    const password = lines[1]?.match(/^Password \(shown only this once\): (\S{20})$/)?.[1];
    expect(password).toBeDefined();
    const [user] = await t.database.db.select().from(users).where(eq(users.email, "maria@example.org"));
    expect(user?.displayName).toBe("Maria M.");
    expect(user?.emailVerifiedAt).not.toBeNull();
    expect(user?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(user?.passwordHash ?? "", password ?? "")).toBe(true);
    expect(await rolesOf("maria@example.org")).toEqual(["moderator"]);
    const [entry] = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "admin.users.create"), eq(auditLog.objectId, user?.id ?? "")));
    expect(entry).toMatchObject({ actorLabel: "cli", actorId: null, objectType: "user" });
    expect(JSON.stringify(entry?.after)).not.toContain(password ?? "");
    expect(closed).toBe(opened);
  });

  it("uses a given password and does not print it", async () => {
    const lines = await run("user", "create", "--email", "kai@example.org", "--password", "correct horse battery");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("Created the account kai@example.org");
    const [user] = await t.database.db.select().from(users).where(eq(users.email, "kai@example.org"));
    expect(user?.displayName).toBe("kai");
    expect(await verifyPassword(user?.passwordHash ?? "", "correct horse battery")).toBe(true);
    expect(await rolesOf("kai@example.org")).toEqual([]);
  });

  it("explains what is wrong, naming the option, and creates nothing", async () => {
    const short = await failure("user", "create", "--email", "short@example.org", "--password", "tooshort");
    expect(short).toBeInstanceOf(CommandFailed);
    expect(short.message).toBe(
      "Some entries are not valid.\n  --password: The password must be at least 12 characters long.",
    );
    const email = await failure("user", "create", "--email", "not-an-address");
    expect(email.message).toContain("--email: Please enter a valid e-mail address");
    const taken = await failure("user", "create", "--email", "KAI@example.org");
    expect(taken.message).toBe("There is already an account with this e-mail address.");
    expect(await t.database.db.select().from(users).where(eq(users.email, "short@example.org"))).toEqual([]);
    expect(closed).toBe(opened);
  });

  it("accepts only the global roles an administrator can grant", async () => {
    const error = await failure("user", "create", "--email", "res@example.org", "--role", "resident");
    expect(error).toBeInstanceOf(CommanderError);
    expect((error as CommanderError).code).toBe("commander.invalidArgument");
    expect(error.message).toContain("Allowed choices are moderator, strategy_office, administrator");
  });
});

describe("gemeinsam user grant / revoke", () => {
  beforeAll(async () => {
    await createAccount(t.deps, { email: "lea@example.org" });
    await createAccount(t.deps, { email: "root@example.org", roles: ["administrator"] });
  });

  it("grants and revokes a global role, recorded as done by the command line", async () => {
    expect(await run("user", "grant", "--email", "lea@example.org", "--role", "strategy_office")).toEqual([
      "Granted strategy_office to lea@example.org.",
    ]);
    expect(await rolesOf("lea@example.org")).toEqual(["strategy_office"]);
    const [entry] = await t.database.db.select().from(auditLog).where(eq(auditLog.action, "admin.roles.grant"));
    expect(entry).toMatchObject({ actorLabel: "cli", after: { roles: ["strategy_office"] } });
    expect(await run("user", "revoke", "--email", "lea@example.org", "--role", "strategy_office")).toEqual([
      "Revoked strategy_office from lea@example.org.",
    ]);
    expect(await rolesOf("lea@example.org")).toEqual([]);
  });

  it("grants a role scoped to one object", async () => {
    const lines = await run(
      "user",
      "grant",
      "--email",
      "lea@example.org",
      "--role",
      "team_member",
      "--scope-type",
      "measure",
      "--scope-id",
      "smart-water",
    );
    expect(lines).toEqual(["Granted team_member on measure/smart-water to lea@example.org."]);
    expect(await rolesOf("lea@example.org")).toEqual(["team_member@measure/smart-water"]);
  });

  it("says clearly what went wrong", async () => {
    expect((await failure("user", "grant", "--email", "nobody@example.org", "--role", "moderator")).message).toBe(
      "There is no account with the e-mail address nobody@example.org.",
    );
    expect(
      (await failure("user", "grant", "--email", "lea@example.org", "--role", "team_member", "--scope-type", "measure"))
        .message,
    ).toBe("Some entries are not valid.\n  --scope-id: Please enter the identifier of the object.");
    expect((await failure("user", "revoke", "--email", "lea@example.org", "--role", "moderator")).message).toBe(
      "This account does not have this role (any more).",
    );
    const missing = await failure("user", "grant", "--email", "lea@example.org");
    expect(missing).toBeInstanceOf(CommanderError);
    expect(missing.message).toContain("required option '--role <role>' not specified");
  });

  it("keeps the last administrator", async () => {
    const error = await failure("user", "revoke", "--email", "root@example.org", "--role", "administrator");
    expect(error.message).toContain("This is the last account with administration rights.");
    expect(await rolesOf("root@example.org")).toEqual(["administrator"]);
  });
});

describe("gemeinsam migrate", () => {
  it("reports the database as up to date", async () => {
    expect(await run("migrate")).toEqual(["The embedded database is up to date."]);
  });
});
