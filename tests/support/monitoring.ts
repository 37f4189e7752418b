import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { monitoringModule } from "../../src/modules/monitoring";
import { monitoringModelVersions } from "../../src/modules/monitoring/data/schema";
import { strategyModule } from "../../src/modules/strategy";
import { measures } from "../../src/modules/strategy/data/schema";
import { createAccount, signIn } from "./accounts";
import { createTestApp, type TestApp } from "./app";
import { BrowserClient } from "./browser-client";

/** A test app with the demo strategy and its monitoring, and the demo measure Z1 whose goals are set up. */
export async function demoMonitoringApp(clock: () => Date): Promise<{
  t: TestApp;
  slug: string;
  measureId: string;
  /** The measure's monitoring page. */
  page: string;
}> {
  const t = await createTestApp({ deps: { clock } });
  await strategyModule.seed?.(t.deps);
  await monitoringModule.seed?.(t.deps);
  const [z1] = await t.deps.database.db
    .select({ id: measures.id, slug: measures.slug })
    .from(measures)
    .where(eq(measures.code, "Z1"));
  const slug = z1?.slug ?? "";
  return { t, slug, measureId: z1?.id ?? "", page: `/measures/${slug}/monitoring` };
}

/** A browser signed in as a member of a measure's team (the scoped role on the measure). */
export async function teamMemberOf(t: TestApp, slug: string): Promise<{ browser: BrowserClient; id: string }> {
  const id = await createAccount(t.deps, {
    email: `${randomUUID()}@example.org`,
    displayName: "Tina Team",
    roles: [{ role: "team_member", scopeType: "measure", scopeId: slug }],
  });
  const browser = new BrowserClient(t.app);
  await signIn(browser, t.deps, id);
  return { browser, id };
}

/** How many versions of a measure's logic model there are (each change of the model makes one). */
export async function modelVersionCount(t: TestApp, measureId: string): Promise<number> {
  const [row] = await t.deps.database.db
    .select({ n: sql<number>`count(*)::int` })
    .from(monitoringModelVersions)
    .where(eq(monitoringModelVersions.measureId, measureId));
  return row?.n ?? 0;
}

/** A new member of the measure's team on its monitoring page, the model version its forms name, and the page. */
export async function teamOnMonitoringPage(
  t: TestApp,
  slug: string,
): Promise<{ browser: BrowserClient; version: string; html: string }> {
  const { browser } = await teamMemberOf(t, slug);
  const html = await (await browser.get(`/measures/${slug}/monitoring`)).text();
  return { browser, version: /name="[a-z]+-version" value="(\d+)"/.exec(html)?.[1] ?? "", html };
}
