import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../tests/support/app";
import { BrowserClient } from "../../../../tests/support/browser-client";
import { visibleText } from "../../../../tests/support/html";
import { strategyModule } from "../../strategy";
import { workshops } from "../data/schema";
import { workshopsModule } from "../module";

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await strategyModule.seed?.(t.deps);
  await workshopsModule.seed?.(t.deps);
}, 120_000);

afterAll(() => t.close());

describe("the demo workshops", () => {
  it("are one documented past workshop and one open for registration, seeded once", async () => {
    await workshopsModule.seed?.(t.deps);
    expect(await t.deps.database.db.select().from(workshops)).toHaveLength(2);
    const guest = new BrowserClient(t.app);
    expect(visibleText(await (await guest.get("/workshops")).text())).toContain(
      "Maßnahmenwerkstatt: Kurse gemeinsam planen (Demo)",
    );
    const past = visibleText(await (await guest.get("/workshops?when=past")).text());
    expect(past).toContain("Maßnahmenwerkstatt: erste Ergebnisse (Demo)");
  });
});
