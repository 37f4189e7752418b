import type { TestApp } from "../../../../tests/support/app";
import { BrowserClient } from "../../../../tests/support/browser-client";
import { roleAssignments, users } from "../../../platform/auth/schema";
import { createSession } from "../../../platform/auth/sessions";
import { cookieNames } from "../../../platform/http/cookies";

/** A browser signed in as a new account with the given global roles. */
let accounts = 0;
export async function signedInBrowser(t: TestApp, roles: string[], name = "Koordination"): Promise<BrowserClient> {
  accounts += 1;
  const email = `account-${accounts}@example.org`;
  const [user] = await t.database.db
    .insert(users)
    .values({ email, displayName: name, emailVerifiedAt: new Date() })
    .returning({ id: users.id });
  const userId = user?.id as string;
  for (const role of roles) await t.database.db.insert(roleAssignments).values({ userId, role });
  const token = await createSession(t.database.db, userId, t.deps.clock(), t.deps.random);
  const browser = new BrowserClient(t.app);
  browser.cookies.set(cookieNames.session(t.deps.config), token);
  return browser;
}

/** Posts a file the way a browser's upload form does (multipart), with the CSRF token of the last page. */
export async function uploadFile(
  t: TestApp,
  browser: BrowserClient,
  path: string,
  field: string,
  content: string,
  filename = "sample.csv",
  fields: Record<string, string> = {},
): Promise<Response> {
  const form = new FormData();
  form.append("_csrf", browser.csrfToken());
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append(field, new File([content], filename, { type: "text/csv" }));
  const cookie = [...browser.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  const response = await t.app.request(`http://localhost${path}`, { method: "POST", headers: { cookie }, body: form });
  if ((response.headers.get("content-type") ?? "").includes("text/html"))
    browser.lastHtml = await response.clone().text();
  return response;
}

/** The text a person sees in a page: tags removed, entities of the usual kind decoded, spaces collapsed. */
export function visibleText(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}
