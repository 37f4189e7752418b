import { serve } from "@hono/node-server";
import AxeBuilder from "@axe-core/playwright";
import { chromium } from "playwright-core";
import { createTestApp } from "../../../tests/support/app";
import { mailsTo, linkIn } from "./testing/mailbox";

const t = await createTestApp({ env: { BASE_URL: "http://localhost:3917" } });
const server = serve({ fetch: t.app.fetch, port: 3917, hostname: "127.0.0.1" });
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const out = "/tmp/accounts-shots";
const violations: string[] = [];
async function check(page: import("playwright-core").Page, name: string) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  for (const v of result.violations) violations.push(`${name}: ${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}
try {
  for (const width of [390, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    const email = `shot${width}@example.org`;
    await page.goto("http://localhost:3917/register");
    await page.click("button[type=submit]");
    await page.screenshot({ path: `${out}/register-errors-${width}.png`, fullPage: true });
    await check(page, `register-errors-${width}`);
    await page.fill("#field-email", email);
    await page.fill("#field-displayName", "Mara Musterfrau");
    await page.fill("#field-password", "Kiez-Laterne-Spreeufer-Regen");
    await page.click("button[type=submit]");
    await check(page, `check-mail-${width}`);
    const link = linkIn((await mailsTo(t.database, email))[0], "/verify");
    await page.goto(`http://localhost:3917${link}`);
    await check(page, `verified-${width}`);
    await page.goto("http://localhost:3917/login");
    await page.fill("#field-email", email);
    await page.fill("#field-password", "wrong-password-here");
    await page.click("button[type=submit]");
    await page.screenshot({ path: `${out}/login-error-${width}.png`, fullPage: true });
    await check(page, `login-error-${width}`);
    await page.fill("#field-password", "Kiez-Laterne-Spreeufer-Regen");
    await page.click("button[type=submit]");
    await page.goto("http://localhost:3917/profile");
    await page.screenshot({ path: `${out}/profile-${width}.png`, fullPage: true });
    await check(page, `profile-${width}`);
    await page.goto("http://localhost:3917/profile/tokens");
    await page.fill("#field-name", "Ein Skript mit einem recht langen Namen");
    await page.click("form[action='/profile/tokens'] button[type=submit]");
    await page.screenshot({ path: `${out}/tokens-${width}.png`, fullPage: true });
    await check(page, `tokens-${width}`);
    for (const path of ["/profile/email", "/profile/password", "/profile/delete", "/profile?lang=en", "/forgot-password", "/verify/resend"]) {
      await page.goto(`http://localhost:3917${path}`);
      await check(page, `${path}-${width}`);
    }
    await page.goto("http://localhost:3917/profile/delete");
    await page.screenshot({ path: `${out}/delete-${width}.png`, fullPage: true });
    const overflow = await page.evaluate("document.documentElement.scrollWidth > window.innerWidth");
    if (overflow) violations.push(`horizontal overflow at ${width}`);
    await page.click("form[action='/logout'] button");
    for (const path of ["/login", "/register", "/forgot-password", "/reset-password?token=aaaaaaaaaaaaaaaaaaaaaaaa", "/register/check-mail"]) {
      await page.goto(`http://localhost:3917${path}`);
      await check(page, `${path}-${width}`);
      const over = await page.evaluate("document.documentElement.scrollWidth > window.innerWidth");
      if (over) violations.push(`horizontal overflow ${path} at ${width}`);
    }
    await page.goto("http://localhost:3917/login");
    await page.screenshot({ path: `${out}/login-${width}.png`, fullPage: true });
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
  await t.close();
}
console.log(violations.length ? violations.join("\n") : "no axe violations");
