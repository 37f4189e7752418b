import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

/** Where the browser tests find Chromium: CHROMIUM_PATH, else Debian's package. Never downloaded. */
export function chromiumPath(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(
    (p): p is string => Boolean(p),
  );
  return candidates.find((p) => existsSync(p)) ?? null;
}

/**
 * Whether the browser tests can run. Without Chromium they are skipped with a loud notice — except
 * under CI=true, where a missing browser must fail the run instead of passing silently.
 */
export function browserAvailable(): boolean {
  if (chromiumPath()) return true;
  if (process.env.CI === "true") {
    throw new Error("CI=true but no Chromium found (set CHROMIUM_PATH or install Debian's chromium)");
  }
  console.warn(
    "\n*** BROWSER TESTS SKIPPED: no Chromium found. Install Debian's `chromium` or set CHROMIUM_PATH. ***\n",
  );
  return false;
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error("no Chromium found");
  return chromium.launch({
    executablePath,
    headless: true,
    // The machine has no network: these flags stop Chromium's own background connections.
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
