import type { Hono } from "hono";
import { requestCounters } from "../../../platform/cache/change-counters";
import type { Deps } from "../../../platform/deps";
import { Invalid } from "../../../platform/errors/errors";
import { fieldErrors, formValues } from "../../../platform/forms/forms";
import { publicPage } from "../../../platform/http/cache-policy";
import type { AppContext, AppEnv } from "../../../platform/http/env";
import { invocation } from "../../../platform/http/invocation";
import { cachedPage } from "../../../platform/http/page-cache";
import type { Invocation } from "../../../platform/use-case/use-case";
import { pageContext } from "../../../ui/page-context";
import { addIndicator } from "../use-cases/add-indicator";
import { addGoal, changeBaseline, changeGoalText, removeGoal, removeIndicator } from "../use-cases/change-model";
import { changeTarget } from "../use-cases/change-target";
import { configureSource } from "../use-cases/configure-source";
import { correctObservation } from "../use-cases/correct-observation";
import { recordObservation } from "../use-cases/record-observation";
import { setUpLogicModel } from "../use-cases/set-up-logic-model";
import { showMonitoring } from "../use-cases/show-monitoring";
import { MonitoringPageView } from "../views/monitoring-page";
import { type FormName, formPrefixes, type SentForm } from "../views/team-forms";
import { monitoringPath } from "../views/upload-pages";
import { noticeOf, pageNumber } from "./query";

/**
 * A monitoring page is made afresh at least this often: which target counts and whether a measure
 * is on track depend on the period the city is in, not only on the stored data.
 */
const MONITORING_MAX_AGE_MS = 10 * 60 * 1000;

async function monitoringPage(c: AppContext, form?: SentForm) {
  const data = await showMonitoring(
    c.get("deps"),
    c.get("state").actor,
    c.req.param("slug") ?? "",
    pageNumber(c.req.query("history")),
    c.get("state").locale,
  );
  return c.html(
    <MonitoringPageView
      page={pageContext(c)}
      data={data}
      form={form}
      notice={form ? undefined : noticeOf(c.req.query("done"))}
    />,
    form ? 422 : 200,
  );
}

/** The fields of one form of the page, without its prefix (`record-period` → `period`). */
function fieldsOf(body: Record<string, unknown>, prefix: string): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(body))
    if (name.startsWith(prefix)) fields[name.slice(prefix.length)] = value;
  return fields;
}

type Run = (deps: Deps, invocation: Invocation, input: never) => Promise<{ slug: string; removed?: boolean }>;

/**
 * Runs one form of the monitoring page through its use case (which checks the permission before it
 * reads a field). A mistake shows the page again with this form's messages and what was typed; nothing
 * was written. Success goes back to the page with a note of what was done.
 */
async function monitoringForm(
  c: AppContext,
  name: FormName,
  run: Run,
  done: string | ((result: { removed?: boolean }) => string),
) {
  const body = (await c.req.parseBody()) as Record<string, unknown>;
  const prefix = formPrefixes[name];
  const slug = c.req.param("slug") ?? "";
  try {
    const result = await run(c.get("deps"), invocation(c), { ...fieldsOf(body, prefix), slug } as never);
    const note = typeof done === "string" ? done : done(result);
    return c.redirect(`${monitoringPath(result.slug)}?done=${note}`, 303);
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    const { t } = c.get("state");
    const issues = error.issues.map((issue) => ({
      path: issue.path === "" || issue.path === "form" ? "form" : `${prefix}${issue.path}`,
      message: issue.message,
    }));
    const errors = issues.length > 0 ? fieldErrors(issues, t) : { form: t(error.message) };
    return monitoringPage(c, { name, errors, values: formValues(body) });
  }
}

/** A measure's monitoring page (public) and the forms of its team and the strategy office. */
export function measureMonitoringRoutes(app: Hono<AppEnv>): void {
  app.get("/measures/:slug/monitoring", async (c) => {
    const counters = await requestCounters(c);
    publicPage(c);
    return cachedPage(
      c,
      // The measure's title and goals come from the strategy's catalogue.
      { scope: "monitoring", version: `${counters.monitoring}.${counters.catalogue}`, maxAgeMs: MONITORING_MAX_AGE_MS },
      () => monitoringPage(c),
    );
  });
  app.post("/measures/:slug/monitoring/model", (c) => monitoringForm(c, "setUp", setUpLogicModel as Run, "modelSetUp"));
  app.post("/measures/:slug/monitoring/values", (c) =>
    monitoringForm(c, "record", recordObservation as Run, "recorded"),
  );
  app.post("/measures/:slug/monitoring/corrections", (c) =>
    monitoringForm(c, "correct", correctObservation as Run, "corrected"),
  );
  app.post("/measures/:slug/monitoring/targets", (c) =>
    monitoringForm(c, "target", changeTarget as Run, "targetChanged"),
  );
  app.post("/measures/:slug/monitoring/source", (c) =>
    monitoringForm(c, "source", configureSource as Run, (result) =>
      result.removed ? "sourceRemoved" : "sourceConfigured",
    ),
  );
  app.post("/measures/:slug/monitoring/indicators", (c) =>
    monitoringForm(c, "add", addIndicator as Run, "indicatorAdded"),
  );
  app.post("/measures/:slug/monitoring/goals", (c) => monitoringForm(c, "goal", changeGoalText as Run, "goalChanged"));
  app.post("/measures/:slug/monitoring/baselines", (c) =>
    monitoringForm(c, "baseline", changeBaseline as Run, "baselineChanged"),
  );
  app.post("/measures/:slug/monitoring/indicator-removals", (c) =>
    monitoringForm(c, "removeIndicator", removeIndicator as Run, "indicatorRemoved"),
  );
  app.post("/measures/:slug/monitoring/new-goals", (c) => monitoringForm(c, "addGoal", addGoal as Run, "goalAdded"));
  app.post("/measures/:slug/monitoring/goal-removals", (c) =>
    monitoringForm(c, "removeGoal", removeGoal as Run, "goalRemoved"),
  );
}
