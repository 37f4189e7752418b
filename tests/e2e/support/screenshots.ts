import { mkdirSync } from "node:fs";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";

export const screenshotDir = "screenshots";

export interface ScreenshotOptions {
  /** Cookies of a signed-in browser (from `context.storageState()`). */
  storageState?: BrowserContextOptions["storageState"];
  /** Brings the page into the state to show, after it loaded (e.g. submit a form with errors). */
  prepare?: (page: Page) => Promise<void>;
}

/** Saves the page at phone (390 px) and desktop (1280 px) width, for people to look at. */
export async function screenshotBothWidths(
  browser: Browser,
  url: string,
  name: string,
  options: ScreenshotOptions = {},
): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  for (const width of [390, 1280]) {
    const context = await browser.newContext({
      viewport: { width, height: 900 },
      locale: "de-DE",
      storageState: options.storageState,
    });
    const page = await context.newPage();
    await page.goto(url);
    if (options.prepare) await options.prepare(page);
    await page.screenshot({ path: `${screenshotDir}/${name}-${width}.png`, fullPage: true });
    await context.close();
  }
}
