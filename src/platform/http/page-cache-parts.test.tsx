import { type Context, Hono } from "hono";
import type { Child } from "hono/jsx";
import { describe, expect, it } from "vitest";
import type { Deps } from "../deps";
import type { AppEnv, RequestState } from "./env";
import { cachedPage } from "./page-cache";
import { OwnPart, ownPartText } from "./page-cache-parts";

/**
 * A page made once for everyone with the same rights, with each reader's own parts put in per
 * answer: what one reader sees of their own never reaches another.
 */
function reader(id: string): RequestState {
  return {
    requestId: "r",
    locale: "de",
    t: (key: string) => key,
    actor: { kind: "user", id, label: id, grants: [] },
    user: { id, email: `${id}@example.org`, displayName: id, locale: "de", emailVerified: true },
    sessionIdHash: `session-${id}`,
    secondFactorAt: null,
    csrfToken: `token-${id}`,
  } as unknown as RequestState;
}

/** Ada supported the entry; Bo did nothing. Each gets a one-time key of their own. */
const ownOf: Record<string, Record<string, Child>> = {
  ada: { support: <b>Unterstützung zurückziehen</b>, key: "key-ada" },
  bo: { key: "key-bo <&>" },
};

function appWith(made: { count: number }) {
  const app = new Hono<AppEnv>();
  const deps = { database: { db: {} }, clock: () => new Date() } as unknown as Deps;
  app.use(async (c, next) => {
    c.set("deps", deps);
    c.set("state", reader(c.req.header("x-who") ?? "ada"));
    await next();
  });
  const page = (c: Context<AppEnv>) =>
    cachedPage(c, { scope: "test", version: "1", ownParts: () => ownOf[c.get("state").user?.id ?? ""] ?? {} }, () => {
      made.count += 1;
      const { csrfToken } = c.get("state");
      return c.html(
        <main>
          <OwnPart name="support" shared>
            <form>
              <input name="_csrf" value={csrfToken} />
              <button type="submit">Unterstützen</button>
            </form>
          </OwnPart>
          <input name="key" value={ownPartText("key")} />
        </main>,
      );
    });
  app.get("/entry", page);
  app.post("/entry", page);
  return app;
}

const markerLeft = (html: string) => /gmown/.test(html);

describe("own parts of a shared page", () => {
  it("makes the page once and gives each reader their own parts, the shared ones elsewhere", async () => {
    const made = { count: 0 };
    const app = appWith(made);
    const ada = await (await app.request("/entry")).text();
    const bo = await (await app.request("/entry", { headers: { "x-who": "bo" } })).text();
    const adaAgain = await (await app.request("/entry")).text();
    expect(made.count).toBe(1);
    expect(ada).toContain("<b>Unterstützung zurückziehen</b>");
    expect(ada).not.toContain("Unterstützen</button>");
    expect(ada).toContain('value="key-ada"');
    expect(adaAgain).toBe(ada);
    // Bo's shared part carries his own token; his key is escaped like any text.
    expect(bo).toContain('<input name="_csrf" value="token-bo"/><button type="submit">Unterstützen</button>');
    expect(bo).toContain('value="key-bo &lt;&amp;&gt;"');
    expect(bo).not.toContain("zurückziehen");
    expect(bo).not.toContain("key-ada");
    expect(bo).not.toContain("token-ada");
    expect([ada, bo].some(markerLeft)).toBe(false);
  });

  it("replaces the markers on a page that is not kept as well", async () => {
    const made = { count: 0 };
    const app = appWith(made);
    const posted = await (await app.request("/entry", { method: "POST", headers: { "x-who": "bo" } })).text();
    expect(posted).toContain('value="key-bo &lt;&amp;&gt;"');
    expect(posted).toContain("Unterstützen</button>");
    expect(markerLeft(posted)).toBe(false);
  });
});
