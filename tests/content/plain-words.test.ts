import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RouteFixture, routeFixture } from "../security/route-fixture";
import { routeTable } from "../security/route-table";

/**
 * Every page of the demo, as a visitor (public pages) and as an administrator (all others), in both
 * languages, read as a person reads it: the visible text must not show the platform's internal
 * words — stored codes, role and action keys, unit codes, the seed, placeholders. The pages come from
 * the app's route table, so a new module's pages are read without writing a test.
 */
let f: RouteFixture;
beforeAll(async () => {
  f = await routeFixture();
}, 600_000);
afterAll(() => f?.t.close());

/** The text a person sees: no markup, scripts, styles or attribute values; code samples and the contents of form fields (what was typed or uploaded) left out. */
export function visibleText(html: string): string {
  return html
    .replace(/<(script|style|code|pre|kbd|samp|template|textarea)\b[\s\S]*?<\/\1>/gi, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&[a-z#0-9]+;/gi, " ")
    .replace(/\s+/g, " ");
}

/** Internal words a resident must never read, each with why it is one. */
const internalWords: Array<[RegExp, string]> = [
  [/\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b/, "a stored code in snake_case (unit, role, status, key)"],
  [/\b(?:account|budget|panel|strategy|measure|platform|admin|site)\.[a-z]+(?:\.[a-zA-Z]+)*\b/, "an action key"],
  [/\bseed\b/i, "the demo seed"],
  [/\[Platzhalter|\[placeholder/i, "an operator placeholder"],
  [/\b(?:undefined|null|NaN|\[object Object\])\b/, "a programming value"],
];

function findings(text: string): string[] {
  return internalWords.flatMap(([pattern, why]) => {
    const match = text.match(pattern);
    if (!match || match.index === undefined) return [];
    const around = text.slice(Math.max(0, match.index - 40), match.index + match[0].length + 40).trim();
    return [`${why}: "${match[0]}" in "…${around}…"`];
  });
}

describe("the pages of the demo speak to people, not in internal words", () => {
  it("shows no internal words on any page, as visitor and as administrator, in German and English", async () => {
    const found: string[] = [];
    let pagesRead = 0;
    for (const route of routeTable(f.t.app)) {
      if (route.method !== "GET" || route.path.startsWith("/api/") || route.path.includes("export")) continue;
      const client = route.access === "public" ? f.guest : f.admin;
      for (const lang of ["de", "en"] as const) {
        const path = f.realPath(route.path);
        const response = await client.get(`${path}${path.includes("?") ? "&" : "?"}lang=${lang}`);
        if (!(response.headers.get("content-type") ?? "").includes("text/html")) continue;
        pagesRead += 1;
        for (const finding of findings(visibleText(await response.text()))) found.push(`${path} (${lang}) ${finding}`);
      }
    }
    expect(pagesRead).toBeGreaterThan(60);
    expect(found).toEqual([]);
  }, 600_000);

  it("notices each kind of internal word (so the check above can fail)", () => {
    expect(findings(visibleText("<p>Einheit: m3_per_year</p>"))).toHaveLength(1);
    expect(findings(visibleText("<td>account.login</td>"))).toHaveLength(1);
    expect(findings(visibleText("<p>Geändert von seed</p>"))).toHaveLength(1);
    expect(findings(visibleText("<p>[Platzhalter: Name der Behörde]</p>"))).toHaveLength(1);
    expect(findings(visibleText("<p>Rolle: strategy_office</p>"))).toHaveLength(1);
    expect(findings(visibleText("<p>Betrag: undefined €</p>"))).toHaveLength(1);
    // Code samples, attributes and scripts are not read as text.
    expect(findings(visibleText('<pre>GET /api/v1/measures?page_size=1</pre><a href="/x_y">Link</a>'))).toEqual([]);
    expect(findings(visibleText("<p>Die Maßnahme läuft seit 2025.</p>"))).toEqual([]);
  });
});
