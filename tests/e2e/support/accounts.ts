import type { Browser, BrowserContext, Page } from "playwright-core";
import { clickAndLoad } from "./navigation";
import type { ReceivedMail } from "./smtp";

/** The first link to `path` on this platform in a received mail ("/verify?token=…"), as path and query. */
export function linkInMail(mail: ReceivedMail, path: string): string {
  const escaped = path.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  const match = mail.text.match(new RegExp(`https?://[^\\s"<>]+${escaped}\\?[^\\s"<>]+`));
  if (!match) throw new Error(`no link to ${path} in the mail:\n${mail.text.slice(0, 2000)}`);
  const url = new URL(match[0].replace(/&amp;/g, "&"));
  return `${url.pathname}${url.search}`;
}

/** Fills in and sends the login form, in German. */
export async function logInGerman(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel(/^Passwort\b/).fill(password);
  await clickAndLoad(page.getByRole("button", { name: "Anmelden" }));
}

/** A new browser context in German for the server at `baseUrl`, signed in through the login form. */
export async function signedInContext(
  browser: Browser,
  baseUrl: string,
  account: { email: string; password: string },
  javaScriptEnabled = true,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: baseUrl, locale: "de-DE", javaScriptEnabled });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  await logInGerman(page, account.email, account.password);
  return { context, page };
}

/** Registers through the form and follows the confirmation link from the mail, in German. */
export async function registerAndConfirmGerman(
  page: Page,
  waitForMail: (to: string) => Promise<ReceivedMail>,
  account: { email: string; displayName: string; password: string },
): Promise<void> {
  await page.goto("/register");
  await page.getByLabel("E-Mail-Adresse").fill(account.email);
  await page.getByLabel("Anzeigename").fill(account.displayName);
  await page.getByLabel(/^Passwort\b/).fill(account.password);
  await clickAndLoad(page.getByRole("button", { name: "Konto anlegen" }));
  await page.getByRole("heading", { level: 1, name: "Bitte schauen Sie in Ihr Postfach" }).waitFor();
  const mail = await waitForMail(account.email);
  await page.goto(linkInMail(mail, "/verify"));
  await page.getByRole("heading", { level: 1, name: "E-Mail-Adresse bestätigt" }).waitFor();
}

/** A unique address per call, so tests in one server never collide. */
let counter = 0;
export function uniqueEmail(prefix: string): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}@example.org`;
}
