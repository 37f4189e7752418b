import type { Hono } from "hono";
import type { Database } from "../../src/platform/db/database";
import type { Deps } from "../../src/platform/deps";
import { cookieNames } from "../../src/platform/http/cookies";
import type { AppEnv } from "../../src/platform/http/env";
import { roleAssignments, users } from "../../src/platform/identity/schema";
import { createSession } from "../../src/platform/identity/sessions";
import { BrowserClient } from "./browser-client";
import { linkIn, mailsTo } from "./mailbox";

export interface AccountSpec {
  email: string;
  displayName?: string;
  /** Global roles (`moderator`) or scoped ones (`{ role: "team_member", scopeType: "measure", scopeId: "x" }`). */
  roles?: Array<string | { role: string; scopeType: string; scopeId: string }>;
  createdAt?: Date;
  /** The district of the profile (none unless given). */
  district?: string | null;
  /** `false` leaves the e-mail address unconfirmed. */
  verified?: boolean;
}

/** Inserts an account (without a password, confirmed unless `verified: false`) with its roles, straight into the database. */
export async function createAccount(deps: Deps, spec: AccountSpec): Promise<string> {
  const now = spec.createdAt ?? deps.clock();
  const [user] = await deps.database.db
    .insert(users)
    .values({
      email: spec.email.toLowerCase(),
      emailVerifiedAt: spec.verified === false ? null : now,
      district: spec.district ?? null,
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

/**
 * Signs the browser in as the account by giving it a fresh session cookie. The session counts as
 * having passed the second factor (as after entering a code from the app), so accounts whose role
 * requires one are not sent to set it up; `{ secondFactor: false }` gives a password-only session.
 */
export async function signIn(
  browser: BrowserClient,
  deps: Deps,
  userId: string,
  options: { secondFactor?: boolean } = {},
): Promise<void> {
  const now = deps.clock();
  const token = await createSession(deps.database.db, userId, now, deps.random, {
    secondFactorAt: options.secondFactor === false ? undefined : now,
  });
  browser.cookies.set(cookieNames.session(deps.config), token);
}

export type Account = {
  email: string;
  displayName: string;
  password: string;
};

let counter = 0;
/** A fresh account's details; the password is long and not on any list. */
export function newAccount(name = "Resident"): Account {
  counter += 1;
  return {
    email: `${name.toLowerCase().replace(/\W/g, "")}${counter}@example.org`,
    displayName: `${name} ${counter}`,
    password: `Kiez-Laterne-${counter}-Spreeufer-Regen`,
  };
}

/** Registers through the pages, confirms the address with the link from the mail, and logs in. */
export async function signUpAndLogIn(app: Hono<AppEnv>, database: Database, account: Account = newAccount()) {
  const browser = new BrowserClient(app);
  await browser.get("/register");
  const registered = await browser.post("/register", {
    email: account.email,
    displayName: account.displayName,
    password: account.password,
  });
  if (registered.status !== 303)
    throw new Error(`registration answered ${registered.status}: ${browser.lastHtml.slice(0, 500)}`);
  const mails = await mailsTo(database, account.email);
  await browser.get(linkIn(mails.at(-1), "/verify"));
  await browser.get("/login");
  const login = await browser.post("/login", { email: account.email, password: account.password });
  if (login.status !== 303) throw new Error(`login answered ${login.status}`);
  return { browser, account };
}
