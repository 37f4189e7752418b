import { gunzipSync } from "node:zlib";
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import type { Deps } from "../deps";
import type { AppEnv, RequestState } from "./env";
import { cachedDownload, cachedPage } from "./page-cache";

/**
 * The page cache's own rules, on a bare Hono app: what is made once, what is kept per person,
 * and that the personal bits are filled in per answer. (That no page made for other rights is ever
 * served is tested on the whole platform in tests/security/page-and-session-caches.test.ts.)
 */
function person(id: string, name: string, csrf: string): RequestState {
  return {
    requestId: "r",
    locale: "de",
    t: (key: string) => key,
    actor: { kind: "user", id, label: name, grants: [] },
    user: { id, email: `${id}@example.org`, displayName: name, locale: "de", emailVerified: true },
    sessionIdHash: `session-${id}`,
    secondFactorAt: null,
    csrfToken: csrf,
  } as unknown as RequestState;
}

function appWith(made: { count: number }, options: { perPerson?: boolean; slow?: boolean; status?: number } = {}) {
  const app = new Hono<AppEnv>();
  // One database object per app, so every test has its own cache.
  const deps = { database: { db: {} }, clock: () => new Date() } as unknown as Deps;
  app.use(async (c, next) => {
    c.set("deps", deps);
    const who = c.req.header("x-who") ?? "ada";
    c.set("state", person(who, who === "ada" ? "Ada <A>" : "Bo", `token-${who}`));
    await next();
  });
  app.get("/page", (c) =>
    cachedPage(
      c,
      { scope: "test", version: c.req.header("x-version") ?? "1", perPerson: options.perPerson },
      async () => {
        made.count += 1;
        if (options.slow) await new Promise((resolve) => setTimeout(resolve, 20));
        const state = c.get("state");
        return c.html(
          `<p>${state.user?.displayName}|${state.user?.email}|${state.csrfToken}|${state.user?.id}</p>`,
          (options.status ?? 200) as 200,
        );
      },
    ),
  );
  app.get("/file", (c) =>
    cachedDownload(c, { scope: "test", version: "1" }, async () => {
      made.count += 1;
      await new Promise((resolve) => setTimeout(resolve, 20));
      return c.body(`a;b\n${"1;2\n".repeat(c.req.query("rows") ? Number(c.req.query("rows")) : 1)}`, 200, {
        "Content-Type": "text/csv; charset=utf-8",
      });
    }),
  );
  return app;
}

const get = (app: Hono<AppEnv>, path: string, headers: Record<string, string> = {}) => app.request(path, { headers });

describe("page cache", () => {
  it("fills in each person's name (escaped), address and token, and keeps nobody's in the page", async () => {
    const made = { count: 0 };
    const app = appWith(made);
    const ada = await (await get(app, "/page")).text();
    const bo = await (await get(app, "/page", { "x-who": "bo" })).text();
    expect(made.count).toBe(1);
    expect(ada).toContain("Ada &lt;A&gt;|ada@example.org|token-ada|");
    expect(bo).toContain("Bo|bo@example.org|token-bo|");
    // Made for a neutral person: neither id is in the shared page.
    expect(ada).not.toContain("|ada</p>");
    expect(bo).not.toContain("|bo</p>");
  });

  it("makes a page once for fifty requests that arrive together, and again at a new version", async () => {
    const made = { count: 0 };
    const app = appWith(made, { slow: true });
    const answers = await Promise.all(Array.from({ length: 50 }, () => get(app, "/page")));
    expect(answers.every((a) => a.status === 200)).toBe(true);
    expect(made.count).toBe(1);
    await get(app, "/page", { "x-version": "2" });
    expect(made.count).toBe(2);
  });

  it("keeps a page per person when it depends on who they are, with their own id", async () => {
    const made = { count: 0 };
    const app = appWith(made, { perPerson: true });
    const ada = await (await get(app, "/page")).text();
    const bo = await (await get(app, "/page", { "x-who": "bo" })).text();
    await get(app, "/page");
    expect(made.count).toBe(2);
    expect(ada).toContain("|token-ada|ada</p>");
    expect(bo).toContain("|token-bo|bo</p>");
  });

  it("keeps no error page: each request that gets one made it afresh", async () => {
    const made = { count: 0 };
    const app = appWith(made, { status: 404, slow: true });
    const answers = await Promise.all([get(app, "/page"), get(app, "/page", { "x-who": "bo" })]);
    expect(answers.map((a) => a.status)).toEqual([404, 404]);
    expect(await answers[1]?.text()).toContain("token-bo");
    expect(made.count).toBe(2);
  });

  it("makes a download once for requests that arrive together and sends the same bytes", async () => {
    const made = { count: 0 };
    const app = appWith(made);
    const answers = await Promise.all(Array.from({ length: 20 }, () => get(app, "/file")));
    const bodies = await Promise.all(answers.map((a) => a.text()));
    expect(made.count).toBe(1);
    expect(new Set(bodies)).toEqual(new Set(["a;b\n1;2\n"]));
    expect(answers[0]?.headers.get("content-type")).toBe("text/csv; charset=utf-8");
  });

  it("sends a large download gzipped to clients that accept it, and the same text to those that do not", async () => {
    const app = appWith({ count: 0 });
    const plain = await get(app, "/file?rows=2000");
    const packed = await get(app, "/file?rows=2000", { "accept-encoding": "gzip, deflate" });
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(packed.headers.get("content-encoding")).toBe("gzip");
    expect(packed.headers.get("vary")).toBe("Accept-Encoding");
    const text = await plain.text();
    const bytes = new Uint8Array(await packed.arrayBuffer());
    expect(bytes.length).toBeLessThan(text.length / 10);
    expect(gunzipSync(bytes).toString("utf8")).toBe(text);
  });
});
