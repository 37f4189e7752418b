import { roleAssignments, users } from "../../src/platform/identity/schema";
import { createSession } from "../../src/platform/identity/sessions";
import type { Deps } from "../../src/platform/deps";
import { cookieNames } from "../../src/platform/http/cookies";
import type { BrowserClient } from "./browser-client";

export interface AccountSpec {
  email: string;
  displayName?: string;
  /** Global roles (`moderator`) or scoped ones (`{ role: "team_member", scopeType: "measure", scopeId: "x" }`). */
  roles?: Array<string | { role: string; scopeType: string; scopeId: string }>;
  createdAt?: Date;
}

/** Inserts a confirmed account (without a password) with its roles, straight into the database. */
export async function createAccount(deps: Deps, spec: AccountSpec): Promise<string> {
  const now = spec.createdAt ?? deps.clock();
  const [user] = await deps.database.db
    .insert(users)
    .values({
      email: spec.email.toLowerCase(),
      emailVerifiedAt: now,
      displayName: spec.displayName ?? spec.email.split("@")[0] ?? spec.email,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: users.id });
  if (!user) throw new Error(`could not create ${spec.email}`);
  for (const role of spec.roles ?? []) {
    const grant = typeof role === "string" ? { role, scopeType: null, scopeId: null } : role;
    await deps.database.db.insert(roleAssignments).values({ userId: user.id, ...grant });
  }
  return user.id;
}

/** Signs the browser in as the account by giving it a fresh session cookie. */
export async function signIn(browser: BrowserClient, deps: Deps, userId: string): Promise<void> {
  const token = await createSession(deps.database.db, userId, deps.clock(), deps.random);
  browser.cookies.set(cookieNames.session(deps.config), token);
}
