import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../../tests/support/app";
import { BrowserClient } from "../../../../tests/support/browser-client";
import { signedIn } from "../../../../tests/support/budget";
import { visibleText as visible } from "../../../../tests/support/html";
import { demoMonitoringApp, teamMemberOf } from "../../../../tests/support/monitoring";

/** An indicator measured per district: each district's standing on the measure's monitoring page. */
let t: TestApp;
const now = new Date(Date.UTC(2026, 10, 2, 9));
let slug = "";
let page = "";

beforeAll(async () => {
  ({ t, slug, page } = await demoMonitoringApp(() => now));
  const office = await signedIn(t, { roles: ["strategy_office"] });
  await office.browser.get("/monitoring/indicators/new");
  const defined = await office.browser.post("/monitoring/indicators/new", {
    key: "radwege-km",
    name_de: "Neue Radwege",
    name_en: "New cycle lanes",
    definition_de: "Länge der neu gebauten Radwege im Bezirk.",
    definition_en: "",
    level: "output",
    unit: "km",
    valueKind: "number",
    direction: "increase",
    frequency: "yearly",
    spatialUnit: "district",
  });
  expect(defined.status).toBe(303);
  const { browser: team } = await teamMemberOf(t, slug);
  const html = await (await team.get(page)).text();
  const version = /name="add-version" value="(\d+)"/.exec(html)?.[1] ?? "";
  const added = await team.post(`${page}/indicators`, {
    "add-version": version,
    "add-indicator": "radwege-km",
    "add-goal": "output",
    "add-baselineValue": "0",
    "add-baselineDate": "2024-12-31",
    "add-targetPeriod": "2027",
    "add-targetValue": "30",
    "add-reason": "Die Bezirke bauen die Radwege; wir messen, wie weit jeder ist.",
  });
  expect(added.headers.get("location")).toContain("done=indicatorAdded");
  for (const [district, value] of [
    ["mitte", "20"],
    ["pankow", "2"],
  ] as const) {
    const recorded = await team.post(`${page}/values`, {
      "record-indicator": "radwege-km",
      "record-period": "2025",
      "record-value": value,
      "record-spatialUnit": district,
      "record-status": "final",
    });
    expect(recorded.headers.get("location")).toContain("done=recorded");
  }
});
afterAll(async () => t.close());

describe("an indicator measured per district on the measure's page", () => {
  it("shows each district with values: latest value, way to the target and standing, in the city's order", async () => {
    const text = visible(await (await new BrowserClient(t.app).get(page)).text());
    expect(text).toContain("Stand in den Bezirken: Neue Radwege");
    expect(text).toContain("Bezirk Neuester Wert Weg zum Ziel Stand");
    expect(text).toContain("Mitte 20 Kilometer (2025) 67 % Auf Kurs");
    expect(text).toContain("Pankow 2 Kilometer (2025) 7 % Nicht auf Kurs");
    expect(text.indexOf("Mitte 20 Kilometer")).toBeLessThan(text.indexOf("Pankow 2 Kilometer"));
    expect(text).toContain("Werte gibt es bisher für 2 von 12 Bezirken.");
    expect(text).toContain("Für die ganze Stadt gibt es noch keinen Wert; die Tabelle zeigt den Stand der Bezirke.");
  });

  it("reads the same in English", async () => {
    const text = visible(await (await new BrowserClient(t.app).get(`${page}?lang=en`)).text());
    expect(text).toContain("Standing in the districts: New cycle lanes");
    expect(text).toContain("Mitte 20 kilometres (2025) 67 % On track");
    expect(text).toContain("Pankow 2 kilometres (2025) 7 % Off track");
    expect(text).toContain("So far there are values for 2 of 12 districts.");
  });

  it("shows no district table for an indicator measured for the whole city", async () => {
    const html = await (await new BrowserClient(t.app).get(page)).text();
    expect(html).not.toContain('id="indicator-z1-training-participants-districts"');
    expect(html).toContain('id="indicator-radwege-km-districts"');
  });
});

describe("the API of a measure's indicators", () => {
  it("gives each district's standing for an indicator measured per district, and none for the others", async () => {
    const response = await new BrowserClient(t.app).get(`/api/v1/measures/${slug}/indicators`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      items: Array<{ key: string; districts: Array<{ district: string; status: string; latest: unknown }> }>;
    };
    const lanes = body.items.find((item) => item.key === "radwege-km");
    expect(lanes?.districts.map((d) => [d.district, d.status])).toEqual([
      ["mitte", "on-track"],
      ["pankow", "off-track"],
    ]);
    expect(lanes?.districts[0]?.latest).toMatchObject({ period: "2025", value: 20 });
    expect(body.items.find((item) => item.key === "z1-training-participants")?.districts).toEqual([]);
  });
});
