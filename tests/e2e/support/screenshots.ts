import { mkdirSync } from "node:fs";
import type { Browser } from "playwright-core";

export const screenshotDir = "screenshots";

/** Saves the page at phone (390 px) and desktop (1280 px) width, for people to look at. */
export async function screenshotBothWidths(browser: Browser, url: string, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  for (const width of [390, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, locale: "de-DE" });
    const page = await context.newPage();
    await page.goto(url);
    await page.screenshot({ path: `${screenshotDir}/${name}-${width}.png`, fullPage: true });
    await context.close();
  }
}
