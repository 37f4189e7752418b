import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RouteFixture, routeFixture } from "./route-fixture";
import { routeTable, staleEntries } from "./route-table";

/**
 * Generated from the app's route table: every route that is not public refuses guests and plain
 * residents, with valid-looking and with invalid input alike, and the refusal shows nothing of the
 * page behind it (it is the same sign-in or no-access page everywhere). The routes come from the app
 * itself, so a new module's routes are covered without writing a test; see route-table.ts.
 */
let f: RouteFixture;
beforeAll(async () => {
  f = await routeFixture();
}, 600_000);
afterAll(() => f?.t.close());

/** What a refusal shows: the sign-in request (guests) or the no-access page, nothing else. */
function refusalMain(html: string, path: string): string {
  const main = html.match(/<main[\s\S]*<\/main>/)?.[0] ?? `(no main in ${html.slice(0, 200)})`;
  return main.replaceAll(encodeURIComponent(path), "{path}");
}

const inputs: Record<string, Record<string, string>> = {
  empty: {},
  invalid: { count: "abc", decision: "bogus", title: "", name: "", slug: "???", size: "-1", role: "nope", page: "x" },
  plausible: {
    count: "3",
    decision: "feasible",
    title: "Ein neuer Titel",
    name: "Neuer Name",
    summary: "Kurz",
    size: "20",
    role: "administrator",
    reason: "Begründung",
  },
};

/** The generic inputs, and the route's own form as an administrator would send it (valid input). */
function bodiesFor(path: string): Array<Record<string, string>> {
  const valid = f.validForm(path);
  return valid ? [...Object.values(inputs), valid] : Object.values(inputs);
}

describe("every route the table marks as not public", () => {
  it("covers the app's routes, and the table names no route the app no longer has", () => {
    const routes = routeTable(f.t.app);
    expect(routes.filter((r) => r.method === "POST").length).toBeGreaterThan(40);
    expect(routes.filter((r) => r.access !== "public").length).toBeGreaterThan(50);
    // Most refused POST routes are also sent their real form, filled as an administrator sees it.
    const posts = routes.filter((r) => r.method === "POST" && r.access !== "public");
    const withForm = posts.filter((r) => f.validForm(f.realPath(r.path)));
    expect(withForm.length).toBeGreaterThan(posts.length / 2);
    expect(staleEntries(f.t.app)).toEqual([]);
  });

  it("refuses guests with the sign-in page, whatever the input", async () => {
    const reference = refusalMain(await (await f.guest.get("/admin")).text(), "/admin");
    expect(reference).toContain('href="/login?next={path}"');
    const wrong: string[] = [];
    for (const route of routeTable(f.t.app).filter((r) => r.access === "account" || r.access === "office")) {
      const path = f.realPath(route.path);
      const bodies = route.method === "GET" ? [undefined] : bodiesFor(path);
      for (const body of bodies) {
        await f.guest.get("/login");
        const response = body === undefined ? await f.guest.get(path) : await f.guest.post(path, body);
        const html = await response.text();
        const redirectedToLogin =
          (response.status === 302 || response.status === 303) &&
          (response.headers.get("location") ?? "").startsWith("/login");
        if (!redirectedToLogin && (response.status !== 401 || refusalMain(html, path) !== reference))
          wrong.push(`${route.method} ${path} ${JSON.stringify(body ?? {})} → ${response.status}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("refuses residents without a role on office routes with the no-access page, whatever the input", async () => {
    const reference = refusalMain(await (await f.resident.get("/admin")).text(), "/admin");
    expect(reference).toContain("<h1>");
    const wrong: string[] = [];
    for (const route of routeTable(f.t.app).filter((r) => r.access === "office")) {
      const path = f.realPath(route.path);
      const bodies = route.method === "GET" ? [undefined] : bodiesFor(path);
      for (const body of bodies) {
        await f.resident.get("/profile");
        const response = body === undefined ? await f.resident.get(path) : await f.resident.post(path, body);
        const html = await response.text();
        if (response.status !== 403 || refusalMain(html, path) !== reference)
          wrong.push(`${route.method} ${path} ${JSON.stringify(body ?? {})} → ${response.status}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("refuses API routes that need a token when none is given, as problem+json", async () => {
    for (const route of routeTable(f.t.app).filter((r) => r.access === "token")) {
      const response = await f.t.app.request(f.realPath(route.path), { method: route.method });
      expect(response.status, `${route.method} ${route.path}`).toBe(401);
      expect(response.headers.get("content-type")).toContain("application/problem+json");
    }
  });
});
