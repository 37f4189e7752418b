import { seedDemo } from "../../src/app/seed";
import { startDraft } from "../../src/modules/arena/use-cases/start-draft";
import { createAccount, signIn } from "../support/accounts";
import { createTestApp, type TestApp } from "../support/app";
import { BrowserClient } from "../support/browser-client";
import { fillPath, routeTable } from "./route-table";

/** The demo platform with a guest, a resident and an administrator, and real ids for every route parameter. */
export interface RouteFixture {
  t: TestApp;
  guest: BrowserClient;
  resident: BrowserClient;
  admin: BrowserClient;
  residentId: string;
  /** The path with its parameters filled with existing objects (a measure, a panel, a budget …). */
  realPath(path: string): string;
  /**
   * Valid input for a POST path: the fields of the form that posts there, as an administrator finds
   * it filled on the app's pages (undefined when no page shows such a form, e.g. a form behind a step).
   */
  validForm(path: string): Record<string, string> | undefined;
}

const entities: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
  "&#x27;": "'",
};
const decodeEntities = (text: string) => text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (m) => entities[m] ?? m);
const attribute = (tag: string, name: string) => {
  const match = tag.match(new RegExp(`\\s${name}="([^"]*)"`));
  return match ? decodeEntities(match[1] ?? "") : undefined;
};

/** The forms of a page: action path → field values as a browser would send them unchanged. */
export function formsOf(html: string): Map<string, Record<string, string>> {
  const forms = new Map<string, Record<string, string>>();
  for (const [, open = "", inner = ""] of html.matchAll(/(<form\b[^>]*>)([\s\S]*?)<\/form>/g)) {
    const action = attribute(open, "action");
    if (!action || (attribute(open, "method") ?? "get").toLowerCase() !== "post") continue;
    const fields: Record<string, string> = {};
    for (const [tag] of inner.matchAll(/<input\b[^>]*>/g)) {
      const name = attribute(tag, "name");
      const type = attribute(tag, "type") ?? "text";
      if (!name || name === "_csrf" || type === "file" || type === "submit") continue;
      if ((type === "checkbox" || type === "radio") && !/\schecked/.test(tag)) {
        if (type === "radio" && !(name in fields)) fields[name] = attribute(tag, "value") ?? "on";
        continue;
      }
      fields[name] = attribute(tag, "value") ?? "";
    }
    for (const [, tag = "", text = ""] of inner.matchAll(/(<textarea\b[^>]*>)([\s\S]*?)<\/textarea>/g)) {
      const name = attribute(tag, "name");
      if (name) fields[name] = decodeEntities(text);
    }
    for (const [, tag = "", options = ""] of inner.matchAll(/(<select\b[^>]*>)([\s\S]*?)<\/select>/g)) {
      const name = attribute(tag, "name");
      const values = [...options.matchAll(/<option\b[^>]*>/g)].map(([o]) => ({ o, value: attribute(o, "value") }));
      const chosen = values.find(({ o }) => /\sselected/.test(o)) ?? values.find(({ value }) => value) ?? values[0];
      if (name && chosen) fields[name] = chosen.value ?? "";
    }
    const path = action.split("?")[0] ?? action;
    if (!forms.has(path)) forms.set(path, fields);
  }
  return forms;
}

async function json<T>(t: TestApp, path: string): Promise<T> {
  const response = await t.app.request(path);
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
  return (await response.json()) as T;
}

type Items<T> = { items: T[] };

export async function routeFixture(): Promise<RouteFixture> {
  const t = await createTestApp();
  await seedDemo(t.deps);
  const [measure] = (await json<Items<{ slug: string }>>(t, "/api/v1/measures?pageSize=1")).items;
  const [field] = (await json<Items<{ id: string }>>(t, "/api/v1/action-fields?pageSize=1")).items;
  const [organisation] = (await json<Items<{ id: string }>>(t, "/api/v1/organisations?pageSize=1")).items;
  const [panel] = (await json<Items<{ id: string }>>(t, "/api/v1/panels")).items;
  const [budget] = (await json<Items<{ id: string; slug: string }>>(t, "/api/v1/budgets")).items;
  if (!measure || !field || !organisation || !panel || !budget) throw new Error("the demo seed lacks an object");
  const [project] = (await json<Items<{ id: string }>>(t, `/api/v1/budgets/${budget.id}/projects`)).items;
  if (!project) throw new Error("the demo budget has no project");

  const residentId = await createAccount(t.deps, { email: "resident@example.org" });
  const adminId = await createAccount(t.deps, { email: "admin@example.org", roles: ["administrator"] });
  const guest = new BrowserClient(t.app);
  const resident = new BrowserClient(t.app);
  const admin = new BrowserClient(t.app);
  await signIn(resident, t.deps, residentId);
  await signIn(admin, t.deps, adminId);
  // A submission the administrator has begun, so the draft's pages and forms are real.
  const { id: draftId } = await startDraft(
    t.deps,
    { actor: { kind: "user", id: adminId, label: "admin", grants: [] } },
    {},
  );

  const values: Record<string, (path: string) => string> = {
    slug: (path) =>
      path.startsWith("/budgets") || path.startsWith("/api/v1/budgets")
        ? budget.slug
        : path.startsWith("/participation")
          ? "naechste-fassung-der-strategie"
          : measure.slug,
    id: (path) => {
      if (path.startsWith("/arena/drafts")) return draftId;
      if (path.startsWith("/action-fields")) return field.id;
      if (path.startsWith("/organisations")) return organisation.id;
      if (path.includes("/panels")) return panel.id;
      if (path.includes("/budgets")) return budget.id;
      if (path.startsWith("/admin/users")) return residentId;
      if (path.startsWith("/districts")) return "mitte";
      return "00000000-0000-4000-8000-000000000000";
    },
    projectId: () => project.id,
    // The demo Arena's first entry (up for decision) and consortium; the last step of the draft,
    // whose forms submit it and add files.
    number: (path) => (path.startsWith("/participation") ? "1.1" : "1"),
    // The demo process's paragraph 1.1, one of its survey's questions (participation).
    question: () => "wunsch",
    commentId: () => "00000000-0000-4000-8000-000000000000",
    step: () => "review",
    attachmentId: () => "00000000-0000-4000-8000-000000000000",
    // A workshop's documentation photo (none exists under the empty id: the routes answer 404 or refuse).
    photoId: () => "00000000-0000-4000-8000-000000000000",
    name: () => "site.css",
    // A definition of the demo's indicator catalogue (monitoring).
    key: () => "z1-training-participants",
    // The Datastream of the demo's own SensorThings service (monitoring).
    datastream: () => "Datastreams(1)",
  };
  const realPath = (path: string) =>
    fillPath(path, (name, p) => {
      const value = values[name];
      if (!value) throw new Error(`no value for the route parameter :${name} in ${p}`);
      return encodeURIComponent(value(p));
    });
  // Every page an administrator can open, read for its forms: their fields are valid input.
  const forms = new Map<string, Record<string, string>>();
  for (const route of routeTable(t.app)) {
    if (route.method !== "GET" || route.path.startsWith("/api/")) continue;
    const response = await admin.get(realPath(route.path));
    if (!(response.headers.get("content-type") ?? "").includes("text/html")) continue;
    for (const [path, fields] of formsOf(await response.text())) if (!forms.has(path)) forms.set(path, fields);
  }
  return { t, guest, resident, admin, residentId, realPath, validForm: (path) => forms.get(path) };
}
