import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount, signIn } from "../../../../tests/support/accounts";
import { createTestApp, type TestApp } from "../../../../tests/support/app";
import { BrowserClient } from "../../../../tests/support/browser-client";
import { visibleText } from "../../../../tests/support/panel/browser";
import { panels } from "../data/schema";
import { panelModule } from "../module";
import { DEMO_OPEN_PANEL_NAME, DEMO_PANEL_NAME } from "../use-cases/seed-demo-panel";

let t: TestApp;
let coordinator: BrowserClient;
beforeAll(async () => {
  t = await createTestApp();
  await panelModule.seed?.(t.deps);
  coordinator = new BrowserClient(t.app);
  await signIn(
    coordinator,
    t.deps,
    await createAccount(t.deps, {
      email: "account-1@example.org",
      displayName: "Koordination",
      roles: ["strategy_office"],
    }),
  );
});
afterAll(() => t.close());

async function panelId(name: string): Promise<string> {
  const [row] = await t.database.db.select().from(panels).where(eq(panels.name, name));
  return row?.id as string;
}

/** The map of the quotas: the figure with its SVG, or "" when the page has none. */
function quotaMap(html: string): string {
  const start = html.indexOf('<figure class="district-map');
  if (start < 0) return "";
  return html.slice(start, html.indexOf("</figure>", start) + "</figure>".length);
}

/** Every district of the map that is a link: where it leads and its accessible name. */
function mapLinks(map: string): Array<{ href: string; label: string }> {
  return [...map.matchAll(/<a href="#([^"]+)" class="district-map__link" aria-label="([^"]+)">/g)].map((m) => ({
    href: m[1] as string,
    label: (m[2] as string).replace(/&amp;/g, "&").replace(/\s+/g, " "),
  }));
}

describe("the map of the quotas by district", () => {
  it("shows the open demo panel's district quotas on the city map, each district leading to its row", async () => {
    const id = await panelId(DEMO_OPEN_PANEL_NAME);
    const response = await t.app.request(`/panels/${id}`);
    expect(response.status).toBe(200);
    const html = await response.text();
    const map = quotaMap(html);
    expect(map).not.toBe("");
    // The text alternative: the SVG is named by its title and described by its description.
    expect(map).toMatch(/<svg[^>]*role="group"[^>]*aria-labelledby="panel-quota-map-title"/);
    expect(map).toContain('<title id="panel-quota-map-title">Karte der Quoten nach Bezirken</title>');
    expect(visibleText(map)).toContain(
      "Je dunkler ein Bezirk, desto größer sein Anteil an der Bevölkerung: von 6,6 % (Spandau) bis 10,9 % (Pankow).",
    );
    expect(visibleText(map)).toContain("Bezirksgrenzen: Amt für Statistik Berlin-Brandenburg, CC BY 3.0 DE");

    // All twelve districts are links (reachable with the Tab key), named with their quota and share.
    const links = mapLinks(map);
    expect(links).toHaveLength(12);
    expect(links).toContainEqual({ href: "quota-mitte", label: "Mitte: Quote 2 bis 4 Sitze, 10,2 % der Bevölkerung" });
    expect(links).toContainEqual({
      href: "quota-tempelhof-schoeneberg",
      label: "Tempelhof-Schöneberg: Quote 2 bis 4 Sitze, 9,2 % der Bevölkerung",
    });
    // Each link leads to the district's row of the quota table, the map's table equivalent.
    for (const link of links) expect(html).toContain(`<tr id="${link.href}" tabindex="-1"`);
    const row = html.slice(html.indexOf('<tr id="quota-spandau"'));
    expect(visibleText(row.slice(0, row.indexOf("</tr>")))).toMatch(/Bezirk Spandau 1–3 6,6 %/);
    // Shaded from the smallest share (Spandau) to the largest (Pankow); the quota is written in it.
    expect(map).toMatch(/aria-label="Spandau[^"]*">\s*<title>[^<]*<\/title>\s*<path class="[^"]*--level-1"/);
    expect(map).toMatch(/aria-label="Pankow[^"]*">\s*<title>[^<]*<\/title>\s*<path class="[^"]*--level-4"/);
    expect(map).toMatch(/<text class="district-map__text"[^>]*>2–4<\/text>/);

    const english = await (await t.app.request(`/panels/${id}?lang=en`)).text();
    const englishMap = quotaMap(english);
    expect(englishMap).toContain("Map of the quotas by district");
    expect(visibleText(englishMap)).toContain(
      "The darker a district, the larger its share of the population: from 6.6% (Spandau) to 10.9% (Pankow).",
    );
    expect(mapLinks(englishMap)).toContainEqual({
      href: "quota-mitte",
      label: "Mitte: quota 2 to 4 seats, 10.2% of the population",
    });
  });

  it("is not drawn when no feature of the quotas is the districts (the committee's residence areas)", async () => {
    const id = await panelId(DEMO_PANEL_NAME);
    const html = await (await t.app.request(`/panels/${id}`)).text();
    expect(html).toContain("innerhalb des S-Bahn-Rings");
    expect(quotaMap(html)).toBe("");
    expect(html).not.toContain('id="quota-');
  });

  it("reads districts by key or English name, shades by the quota range without shares, also on the manage page", async () => {
    await coordinator.get("/panels/new");
    const response = await coordinator.post("/panels/new", {
      name: "Rat der Bezirke",
      size: "8",
      lotterySize: "100",
      quotas: [
        "feature,value,min,max",
        "Gender,female,3,5",
        "Gender,male,3,5",
        "District,mitte,1,2",
        "District,friedrichshain kreuzberg,2,4",
        "District,Neukölln,3,5",
        "",
      ].join("\n"),
    });
    expect(response.status).toBe(303);
    const location = response.headers.get("location") ?? "";
    const id = location.split("/")[2] ?? "";

    for (const path of [`/panels/${id}`, `/panels/${id}/manage`]) {
      await coordinator.get(path);
      const html = coordinator.lastHtml;
      const map = quotaMap(html);
      expect(map, path).not.toBe("");
      expect(visibleText(map)).toContain(
        "Je dunkler ein Bezirk, desto mehr Sitze sieht seine Quote vor (die Mitte zwischen Mindest- und Höchstzahl): von 1,5 Sitzen (Mitte) bis 4 Sitzen (Neukölln).",
      );
      const links = mapLinks(map);
      expect(links).toEqual([
        { href: "quota-mitte", label: "Mitte: Quote 1 bis 2 Sitze" },
        { href: "quota-friedrichshain-kreuzberg", label: "Friedrichshain-Kreuzberg: Quote 2 bis 4 Sitze" },
        { href: "quota-neukoelln", label: "Neukölln: Quote 3 bis 5 Sitze" },
      ]);
      for (const link of links) expect(html).toContain(`<tr id="${link.href}"`);
      // The other nine districts are drawn unshaded, and the description says what that means.
      expect(map.match(/district-map__area--level-0/g)).toHaveLength(9);
      expect(visibleText(map)).toContain("Hell: Bezirke ohne eigene Quote.");
    }
  });
});
