import type { Locator, Page } from "playwright-core";
import { expect } from "vitest";

/**
 * How long an assertion keeps checking the page before it fails. Generous on purpose: the pages
 * answer in milliseconds, but a machine busy with other work may take seconds to render them.
 */
export const settleTimeout = 15_000;

/**
 * Runs an action that leads to another page (a click on a link or a form's button, Enter in a
 * form) and resolves only once that page has arrived and fired its `load` event. A form answered
 * with the same address (a refusal shown beside the fields) counts as a new page, too.
 *
 * Without this, a check right after the click may still look at the page before it.
 */
export async function loadAfter(page: Page, action: () => Promise<unknown>): Promise<void> {
  const arrived = page.waitForEvent("framenavigated", { predicate: (frame) => frame === page.mainFrame() });
  // Both at once, so a failing click does not leave the wait behind unobserved.
  await Promise.all([arrived, action()]);
  await page.waitForLoadState("load");
}

/** Clicks a link or a form's button and resolves once the page it leads to has loaded. */
export async function clickAndLoad(target: Locator): Promise<void> {
  await loadAfter(target.page(), () => target.click());
}

/**
 * An assertion that checks again and again until it holds or `timeout` has passed (by default
 * `settleTimeout`), for what a page shows:
 * `await eventually(() => page.getByText("Gespeichert.").count()).toBe(1)`.
 */
export function eventually<T>(read: () => Promise<T> | T, options: { timeout?: number; interval?: number } = {}) {
  return expect.poll(read, { timeout: settleTimeout, interval: 100, ...options });
}
