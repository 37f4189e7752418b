import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { logInGerman, registerAndConfirmGerman, uniqueEmail } from "./support/accounts";
import { axeViolations } from "./support/axe";
import { browserAvailable, launchChromium } from "./support/chromium";
import { clickAndLoad, eventually, loadAfter } from "./support/navigation";
import { screenshotBothWidths } from "./support/screenshots";
import { type RunningServer, startServer } from "./support/server";
import { startSmtpServer } from "./support/smtp";

type Smtp = Awaited<ReturnType<typeof startSmtpServer>>;
type Who = "guest" | "resident" | "admin";
type StorageState = Exclude<BrowserContextOptions["storageState"], string | undefined>;

interface PlatformPage {
  path: string;
  who: Who;
  /** The status the page answers with. */
  status: number;
  /** Brings the page into the state to check, e.g. a form sent with errors. */
  prepare?: (page: Page, lang: "de" | "en") => Promise<void>;
  name?: string;
}

const submitEmpty = async (page: Page) => {
  await clickAndLoad(page.locator("main form[method='post'] button[type='submit']").first());
  await page.locator(".error-summary").waitFor();
};

/** Every page of the platform's frame, accounts and administration, as the people who see them. */
const pages: PlatformPage[] = [
  { path: "/", who: "guest", status: 200 },
  { path: "/login", who: "guest", status: 200 },
  { path: "/login", who: "guest", status: 422, prepare: submitEmpty, name: "/login with errors" },
  { path: "/register", who: "guest", status: 200 },
  { path: "/register", who: "guest", status: 422, prepare: submitEmpty, name: "/register with errors" },
  { path: "/register/check-mail", who: "guest", status: 200 },
  { path: "/verify/resend", who: "guest", status: 200 },
  { path: "/verify?token=this-link-token-is-not-valid", who: "guest", status: 400 },
  { path: "/forgot-password", who: "guest", status: 200 },
  { path: "/reset-password?token=this-link-token-is-not-valid", who: "guest", status: 400 },
  { path: "/barrierefreiheit", who: "guest", status: 200 },
  { path: "/impressum", who: "guest", status: 200 },
  { path: "/datenschutz", who: "guest", status: 200 },
  { path: "/leichte-sprache", who: "guest", status: 200 },
  { path: "/this-page-does-not-exist", who: "guest", status: 404 },
  { path: "/admin", who: "guest", status: 401, name: "/admin as a guest" },
  { path: "/profile", who: "resident", status: 200 },
  { path: "/admin", who: "resident", status: 403, name: "/admin as a resident" },
  { path: "/admin", who: "admin", status: 200 },
  { path: "/admin/users", who: "admin", status: 200 },
  { path: "/admin/users/{resident}", who: "admin", status: 200 },
  { path: "/admin/audit", who: "admin", status: 200 },
];

describe.runIf(browserAvailable())("every platform page in a real browser", () => {
  let server: RunningServer;
  let smtp: Smtp;
  let browser: Browser;
  const states: Partial<Record<Who, StorageState>> = {};
  let residentId = "";

  async function contextFor(who: Who, options: BrowserContextOptions = {}): Promise<BrowserContext> {
    const context = await browser.newContext({ baseURL: server.baseUrl, storageState: states[who], ...options });
    context.setDefaultTimeout(15_000);
    return context;
  }

  beforeAll(async () => {
    smtp = await startSmtpServer();
    server = await startServer({ SMTP_URL: smtp.url });
    browser = await launchChromium();
    const admin = server.admin;
    if (!admin) throw new Error("the server printed no first administrator");

    const residentEmail = uniqueEmail("pages");
    const password = "Baumscheibe-Gießkanne-12";
    const resident = await contextFor("guest", { locale: "de-DE" });
    const residentPage = await resident.newPage();
    await registerAndConfirmGerman(residentPage, smtp.waitForMail, {
      email: residentEmail,
      displayName: "Paula",
      password,
    });
    await logInGerman(residentPage, residentEmail, password);
    states.resident = await resident.storageState();
    await resident.close();

    const administrator = await contextFor("guest", { locale: "de-DE" });
    const adminPage = await administrator.newPage();
    await logInGerman(adminPage, admin.email, admin.password);
    await adminPage.goto(`/admin/users?q=${encodeURIComponent(residentEmail)}`);
    const href = await adminPage.getByRole("link", { name: "Paula" }).getAttribute("href");
    residentId = href?.split("/").pop() ?? "";
    states.admin = await administrator.storageState();
    await administrator.close();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await smtp?.stop();
  });

  const url = (path: string, lang: "de" | "en") =>
    `${path.replace("{resident}", residentId)}${path.includes("?") ? "&" : "?"}lang=${lang}`;

  for (const lang of ["de", "en"] as const) {
    for (const entry of pages) {
      it(`${entry.name ?? entry.path} (${entry.who}) in ${lang}: right language and status, no WCAG 2.2 A/AA violations`, async () => {
        const context = await contextFor(entry.who);
        const page = await context.newPage();
        const response = await page.goto(url(entry.path, lang));
        let status = response?.status();
        if (entry.prepare) {
          const answer = page.waitForResponse((r) => r.request().method() === "POST");
          await entry.prepare(page, lang);
          status = (await answer).status();
        }
        expect(status).toBe(entry.status);
        await eventually(() => page.getAttribute("html", "lang")).toBe(lang);
        await eventually(() => page.getByRole("heading", { level: 1 }).count()).toBe(1);
        expect(await axeViolations(page)).toEqual([]);
        await context.close();
      });
    }
  }

  it("fits every page into 320 px without scrolling sideways (reflow at 400 % zoom), module pages included", async () => {
    // The walk: this file's pages plus the modules' start pages, and every page their links lead
    // to (up to three of each shape, e.g. three measure pages), as a guest, a resident and an
    // administrator, in German and English.
    const starts: Record<Who, string[]> = {
      guest: ["/", "/strategy", "/measures", "/districts", "/budgets", "/panels"],
      resident: ["/profile", "/budgets", "/panels"],
      admin: ["/admin", "/strategy", "/measures", "/budgets", "/panels"],
    };
    const skip = /^\/(api\/|assets\/|logout)|\.(csv|json|ics|pdf|txt|svg|png|zip|mjs)$|\/(download|export)\b/;
    const shape = (path: string) =>
      path
        .split("/")
        .map((segment, i) => (i === 2 || i === 4 ? "*" : segment))
        .join("/");
    const tooWide: string[] = [];
    const measured = new Set<string>();
    for (const who of ["guest", "resident", "admin"] as const) {
      const context = await contextFor(who, { viewport: { width: 320, height: 800 } });
      const page = await context.newPage();
      const queue = [...pages.filter((p) => p.who === who && !p.prepare).map((p) => p.path), ...starts[who]];
      const shapes = new Map<string, number>();
      const seen = new Set<string>();
      while (queue.length > 0 && seen.size < 150) {
        const path = queue.shift() as string;
        if (seen.has(path)) continue;
        seen.add(path);
        for (const lang of ["de", "en"] as const) {
          // A link may start a download instead of a page; only pages are measured.
          const response = await page.goto(url(path, lang)).catch(() => null);
          if (!response?.headers()["content-type"]?.includes("text/html")) break;
          const width = await page.evaluate(() => document.documentElement.scrollWidth);
          if (width > 320) tooWide.push(`${path} as ${who} (${lang}): ${width}px`);
          measured.add(path.replace(residentId, "{resident}"));
        }
        const links = await page.evaluate(() =>
          [...document.querySelectorAll("main a[href]:not([download]), header a[href]")].map(
            (a) => a.getAttribute("href") ?? "",
          ),
        );
        for (const link of links) {
          if (!link.startsWith("/") || link.startsWith("//")) continue;
          const target = link.split(/[?#]/)[0] as string;
          if (skip.test(target) || seen.has(target) || queue.includes(target)) continue;
          const count = shapes.get(shape(target)) ?? 0;
          if (count >= 3) continue;
          shapes.set(shape(target), count + 1);
          queue.push(target);
        }
      }
      await context.close();
    }
    expect(tooWide).toEqual([]);
    // The walk reached the module pages (a page that disappears from the links fails here, not silently).
    const reached = (pattern: RegExp) => [...measured].some((path) => pattern.test(path));
    for (const pattern of [
      /^\/strategy$/,
      /^\/measures$/,
      /^\/measures\/[^/]+$/,
      /^\/measures\/[^/]+\/edit$/,
      /^\/action-fields\/[^/]+$/,
      /^\/districts$/,
      /^\/organisations\/[^/]+$/,
      /^\/budgets$/,
      /^\/budgets\/[^/]+$/,
      /^\/budgets\/[^/]+\/vote$/,
      /^\/budgets\/[^/]+\/manage$/,
      /^\/panels$/,
      /^\/panels\/[^/]+$/,
      /^\/profile$/,
      /^\/admin\/audit$/,
    ]) {
      expect(reached(pattern), `the walk at 320 px reached ${pattern}`).toBe(true);
    }
  }, 900_000);

  it("can be used with the keyboard alone: log in by Tab and Enter, with a visible focus", async () => {
    const context = await contextFor("guest", { locale: "de-DE" });
    const page = await context.newPage();
    // After the login the profile, in German whatever language the account chose earlier in this file.
    await page.goto(`/login?lang=de&next=${encodeURIComponent("/profile?lang=de")}`);
    const admin = server.admin as { email: string; password: string };
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press("Tab");
      reached = await page.evaluate(() => document.activeElement?.id === "field-email");
    }
    expect(reached).toBe(true);
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement as Element);
      return { outline: style.outlineStyle, width: style.outlineWidth, shadow: style.boxShadow };
    });
    expect(outline.outline).not.toBe("none");
    expect(outline.width).not.toBe("0px");
    await page.keyboard.type(admin.email);
    await page.keyboard.press("Tab");
    await eventually(() => page.evaluate(() => document.activeElement?.id)).toBe("field-password");
    await page.keyboard.type(admin.password);
    await loadAfter(page, () => page.keyboard.press("Enter"));
    await page.getByRole("heading", { level: 1, name: "Mein Konto" }).waitFor();
    await context.close();
  });

  it("saves screenshots of home, registration with errors, profile and administration at 390 and 1280 px", async () => {
    await screenshotBothWidths(browser, `${server.baseUrl}/?lang=de`, "platform-home");
    await screenshotBothWidths(browser, `${server.baseUrl}/register?lang=de`, "platform-register-errors", {
      prepare: async (page) => {
        await page.getByLabel("E-Mail-Adresse").fill("not-an-address");
        await page.getByLabel("Anzeigename").fill("Paula");
        await page.getByLabel(/^Passwort\b/).fill("kurz");
        await clickAndLoad(page.getByRole("button", { name: "Konto anlegen" }));
        await page.locator(".error-summary").waitFor();
      },
    });
    await screenshotBothWidths(browser, `${server.baseUrl}/profile?lang=de`, "platform-profile", {
      storageState: states.resident,
    });
    await screenshotBothWidths(browser, `${server.baseUrl}/admin?lang=de`, "platform-admin", {
      storageState: states.admin,
    });
    await screenshotBothWidths(browser, `${server.baseUrl}/admin/users/${residentId}?lang=de`, "platform-admin-user", {
      storageState: states.admin,
    });
    await screenshotBothWidths(browser, `${server.baseUrl}/admin/audit?lang=de`, "platform-admin-audit", {
      storageState: states.admin,
    });
    await screenshotBothWidths(browser, `${server.baseUrl}/barrierefreiheit?lang=de`, "platform-accessibility");
    await screenshotBothWidths(browser, `${server.baseUrl}/leichte-sprache?lang=en`, "platform-easy-language-en");
  });
});
