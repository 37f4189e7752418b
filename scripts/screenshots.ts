/**
 * Full-page screenshots of the platform for people to look at, not part of the test suite:
 *
 *   npx tsx scripts/screenshots.ts [--only=<part of a file name>] [--max=<pages per area>]
 *   npx tsx scripts/screenshots.ts --pages=/login?notice=loginRequired,/measures?type=x   (these only)
 *
 * Starts the real server with the demo content on a fresh data directory, visits every public page
 * it can reach by links from the home page (and a few pages no menu links to), then signs in as the
 * first administrator and visits the office pages. Every page is saved at 390 px and 1280 px width,
 * in German and in English, to screenshots/ (git-ignored), named `<area>-<page>-<lang>-<width>.png`.
 *
 * It also prints what a reader on a phone would stumble over and a machine can find: pages wider
 * than the screen, message keys shown instead of words, and pages in one language with long
 * passages of the other one that are not marked with `lang`.
 */
import { mkdirSync } from "node:fs";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { logInGerman } from "../tests/e2e/support/accounts";
import { launchChromium } from "../tests/e2e/support/chromium";
import { screenshotDir } from "../tests/e2e/support/screenshots";
import { startServer } from "../tests/e2e/support/server";

const widths = [390, 1280] as const;
const languages = ["de", "en"] as const;
const args = new Map(
  process.argv.slice(2).map((a) => {
    const [key = "", ...value] = a.replace(/^--/, "").split("=");
    return [key, value.join("=")];
  }),
);
const maxPages = Number(args.get("max") || 40);
const only = args.get("only") || "";
const chosen = (args.get("pages") || "").split(",").filter(Boolean);

/** Addresses not to visit: downloads, the API, and links that change something or end the visit. */
function skipped(path: string): boolean {
  return (
    /\.(csv|json|pdf|pb|txt|mjs|ics|svg|png|zip)(\?|$)/.test(path) ||
    path.startsWith("/api/") ||
    path.startsWith("/assets/") ||
    /^\/(logout|profile\/delete|profile\/data)/.test(path) ||
    /[?&]page=\d{2,}/.test(path)
  );
}

/** A file name part for an address: `/budgets/kiezkasse-2026/results` → `budgets_kiezkasse-2026_results`. */
function nameOf(path: string): string {
  const bare = path.replace(/[?#].*$/, "").replace(/^\/+|\/+$/g, "");
  return (bare || "home").replace(/[^a-zA-Z0-9-]+/g, "_").slice(0, 80);
}

/** Same-site page addresses linked from the page, without fragments and without a language. */
async function linksOn(page: Page, origin: string): Promise<string[]> {
  // SVG links (the district maps) have no string `href`: read the attribute and resolve it.
  const hrefs = await page.$$eval("a[href]", (as) =>
    as.map((a) => new URL(a.getAttribute("href") ?? "", document.baseURI).toString()),
  );
  const found = new Set<string>();
  for (const href of hrefs) {
    const url = new URL(href);
    if (url.origin !== origin) continue;
    url.hash = "";
    url.searchParams.delete("lang");
    const path = url.pathname + (url.search === "?" ? "" : url.search);
    if (!skipped(path)) found.add(path);
  }
  return [...found];
}

/** Visits pages breadth-first from `starts`, up to `limit`; answers the addresses that showed a page. */
async function crawl(browser: Browser, baseURL: string, starts: string[], limit: number, state?: State) {
  const context = await browser.newContext({ baseURL, locale: "de-DE", storageState: state });
  const page = await context.newPage();
  const seen = new Set<string>(starts);
  const queue = [...starts];
  const pages: string[] = [];
  // One page per kind of address is enough: /measures/a and /measures/b look alike.
  const kinds = new Map<string, number>();
  while (queue.length > 0 && pages.length < limit) {
    const path = queue.shift() as string;
    const response = await page.goto(path).catch(() => null);
    if (!response?.ok() || !(response.headers()["content-type"] ?? "").includes("text/html")) continue;
    pages.push(path);
    for (const link of await linksOn(page, new URL(baseURL).origin)) {
      if (seen.has(link)) continue;
      seen.add(link);
      const kind = link.replace(/[?].*$/, "").replace(/\/[^/]*\d[^/]*/g, "/:id");
      const count = kinds.get(kind) ?? 0;
      if (count >= 2) continue;
      kinds.set(kind, count + 1);
      queue.push(link);
    }
  }
  await context.close();
  return pages;
}

type State = BrowserContextOptions["storageState"];

interface Finding {
  file: string;
  what: string;
}

/** What a machine can find on a page: overflow, raw message keys, unmarked text in the other language. */
async function check(page: Page, lang: "de" | "en", width: number): Promise<string[]> {
  return page.evaluate(
    ({ lang, width }) => {
      const found: string[] = [];
      const doc = document.documentElement;
      if (doc.scrollWidth > doc.clientWidth + 1) {
        const wide = [...document.querySelectorAll("body *")]
          .filter((e) => {
            const r = e.getBoundingClientRect();
            return r.right > doc.clientWidth + 1 && getComputedStyle(e).position !== "absolute";
          })
          .slice(0, 3)
          .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join(".")}`);
        found.push(`wider than the screen (${doc.scrollWidth} px at ${width}): ${wide.join(", ")}`);
      }
      const text = document.body.innerText;
      const keys = text
        .match(/\b[a-z]+\.[a-z][a-zA-Z]+\.[a-zA-Z.]+\b/g)
        ?.filter((k) => !/\.(de|org|com|js|css)$/.test(k));
      if (keys && keys.length > 0) found.push(`message keys: ${[...new Set(keys)].slice(0, 5).join(", ")}`);
      // Words only the other language uses, in text not marked with its language.
      const other =
        lang === "en"
          ? /\b(und|der|die|das|nicht|für|mit|Sie|wird|werden|oder|eine|einen)\b/g
          : /\b(the|and|with|which|you|your|this|that|will|from)\b/g;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const unmarked: string[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement;
        if (!element || element.closest("script, style, code, pre, textarea, [hidden]")) continue;
        const marked = element.closest("[lang]")?.getAttribute("lang");
        if (marked && marked !== lang) continue;
        const value = node.textContent ?? "";
        if ((value.match(other) ?? []).length >= 2) unmarked.push(value.trim().slice(0, 70));
      }
      if (unmarked.length > 0) found.push(`other language, unmarked: "${unmarked.slice(0, 2).join('" | "')}"`);
      return found;
    },
    { lang, width },
  );
}

async function shoot(browser: Browser, baseURL: string, area: string, paths: string[], state?: State) {
  const findings: Finding[] = [];
  for (const path of paths) {
    for (const lang of languages) {
      for (const width of widths) {
        const file = `${area}-${nameOf(path)}-${lang}-${width}.png`;
        if (only && !file.includes(only)) continue;
        const context = await browser.newContext({
          baseURL,
          viewport: { width, height: 900 },
          locale: lang === "de" ? "de-DE" : "en-GB",
          storageState: state,
        });
        const page = await context.newPage();
        const url = new URL(path, baseURL);
        url.searchParams.set("lang", lang);
        await page.goto(url.toString());
        await page.screenshot({ path: `${screenshotDir}/${file}`, fullPage: true });
        for (const what of await check(page, lang, width)) findings.push({ file, what });
        await context.close();
      }
    }
  }
  return findings;
}

async function main(): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  const server = await startServer();
  const browser = await launchChromium();
  try {
    const base = server.baseUrl;
    const signedIn = async (): Promise<State | undefined> => {
      if (!server.admin) return undefined;
      const context = await browser.newContext({ baseURL: base, locale: "de-DE" });
      const page = await context.newPage();
      await logInGerman(page, server.admin.email, server.admin.password);
      const state = await context.storageState();
      await context.close();
      return state;
    };
    if (chosen.length > 0) {
      // The chosen pages signed out, and signed in as the first administrator.
      const findings = await shoot(browser, base, "chosen", chosen);
      const state = await signedIn();
      if (state) findings.push(...(await shoot(browser, base, "chosen-signed-in", chosen, state)));
      for (const f of findings) console.log(`${f.file}: ${f.what}`);
      return;
    }
    // Pages a resident reaches from the home page, and a few no menu links to.
    const publicPages = await crawl(
      browser,
      base,
      ["/", "/budgets", "/panels", "/measures", "/strategy", "/login", "/register", "/leichte-sprache"],
      maxPages,
    );
    console.log(`public pages: ${publicPages.length}`);
    const findings = await shoot(browser, base, "public", publicPages);

    const state = await signedIn();
    if (state) {
      const officePages = (
        await crawl(browser, base, ["/office", "/admin", "/admin/audit", "/budgets/new", "/profile"], maxPages, state)
      ).filter((p) => !publicPages.includes(p) || /manage|edit|new|admin|office|profile/.test(p));
      console.log(`office pages: ${officePages.length}`);
      findings.push(...(await shoot(browser, base, "office", officePages, state)));
    } else {
      console.log("no administrator login in the server's output: office pages left out");
    }
    for (const f of findings) console.log(`${f.file}: ${f.what}`);
    console.log(`${findings.length} findings; screenshots in ${screenshotDir}/`);
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
