import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount, signIn } from "../../../../tests/support/accounts";
import { createTestApp, type TestApp } from "../../../../tests/support/app";
import { BrowserClient } from "../../../../tests/support/browser-client";
import { uploadFile, visibleText } from "../../../../tests/support/panel/browser";
import { panelAddressFiles } from "../data/schema";

/** Register extracts of realistic size reach the draw; a body above a route's limit gets a page that says the limit. */

let t: TestApp;
let coordinator: BrowserClient;
let panelId = "";

/** A register extract as an office exports it: 30,000 addresses, about 1.7 MB. */
function registerExtract(rows: number): string {
  const lines = ["name,street,postcode,city"];
  for (let i = 1; i <= rows; i++)
    lines.push(`Person ${i},Musterstraße ${i} Seitenflügel 3,${10115 + (i % 900)},Berlin`);
  return `${lines.join("\n")}\n`;
}

beforeAll(async () => {
  t = await createTestApp();
  coordinator = new BrowserClient(t.app);
  await signIn(
    coordinator,
    t.deps,
    await createAccount(t.deps, { email: "rat@example.org", displayName: "Koordination", roles: ["strategy_office"] }),
  );
  await coordinator.get("/panels/new");
  const created = await coordinator.post("/panels/new", {
    name: "Rat Große Dateien",
    size: "6",
    lotterySize: "100",
    quotas: "feature,value,min,max\ngender,female,2,4\ngender,male,2,4\n",
  });
  panelId = (created.headers.get("location") ?? "").match(/\/panels\/([^/?]+)/)?.[1] as string;
});
afterAll(() => t.close());

describe("uploads of realistic size", () => {
  it("draws the sample from a 30,000-row register extract", async () => {
    const extract = registerExtract(30_000);
    expect(Buffer.byteLength(extract)).toBeGreaterThan(1.6 * 1024 * 1024);
    await coordinator.get(`/panels/${panelId}/manage`);
    const response = await uploadFile(
      t,
      coordinator,
      `/panels/${panelId}/sample/draw`,
      "extract",
      extract,
      "register.csv",
      {
        seed: "Ziehung 1. Juni",
        count: "300",
      },
    );
    expect(response.status).toBe(303);
    const [file] = await t.database.db.select().from(panelAddressFiles).where(eq(panelAddressFiles.panelId, panelId));
    expect(file?.rows).toBe(300);
  });

  it("refuses an extract above 50 MB with a page in the reader's language that states the limit", async () => {
    const tooLarge = "x".repeat(50 * 1024 * 1024 + 1);
    await coordinator.get(`/panels/${panelId}/manage`);
    const response = await uploadFile(
      t,
      coordinator,
      `/panels/${panelId}/sample/draw`,
      "extract",
      tooLarge,
      "register.csv",
    );
    expect(response.status).toBe(413);
    expect(response.headers.get("content-type")).toContain("text/html");
    const text = visibleText(await response.text());
    expect(text).toContain("Zu große Anfrage");
    expect(text).toContain("Hier können höchstens 50 MB auf einmal gesendet werden.");

    // A visitor who chose English (the limit applies before anything else is looked at).
    const visitor = new BrowserClient(t.app);
    await visitor.get("/login?lang=en");
    const english = await uploadFile(t, visitor, `/panels/${panelId}/sample/draw`, "extract", tooLarge, "register.csv");
    expect(english.status).toBe(413);
    expect(visibleText(await english.text())).toContain("At most 50 MB can be sent here at once.");
    const files = await t.database.db.select().from(panelAddressFiles).where(eq(panelAddressFiles.panelId, panelId));
    expect(files).toHaveLength(1);
  });

  it("keeps the small default for routes that take no files, as a page and under /api", async () => {
    const body = new URLSearchParams({ email: "a@example.org", password: "y".repeat(2 * 1024 * 1024) });
    const page = await t.app.request("http://localhost/login", { method: "POST", body });
    expect(page.status).toBe(413);
    expect(page.headers.get("content-type")).toContain("text/html");
    expect(visibleText(await page.text())).toContain("Hier können höchstens 1 MB auf einmal gesendet werden.");

    const api = await t.app.request("http://localhost/api/v1/measures", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text: "z".repeat(2 * 1024 * 1024) }),
    });
    expect(api.status).toBe(413);
    expect(api.headers.get("content-type")).toContain("application/problem+json");
    const problem = (await api.json()) as { status: number; detail: string };
    expect(problem.status).toBe(413);
    expect(problem.detail).toContain("1 MB");
    expect(t.logger.entries.filter((e) => e.level === "error" || e.level === "warn")).toEqual([]);
  });
});
