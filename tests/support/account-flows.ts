import type { Hono } from "hono";
import { BrowserClient } from "./browser-client";
import type { Database } from "../../src/platform/db/database";
import type { AppEnv } from "../../src/platform/http/env";
import { linkIn, mailsTo } from "./mailbox";

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
