import type { Hono } from "hono";
import { requestCounters } from "../../../platform/cache/change-counters";
import { Invalid } from "../../../platform/errors/errors";
import { fieldErrors, formValues } from "../../../platform/forms/forms";
import { publicPage } from "../../../platform/http/cache-policy";
import type { AppContext, AppEnv } from "../../../platform/http/env";
import { invocation } from "../../../platform/http/invocation";
import { cachedPage } from "../../../platform/http/page-cache";
import { pageContext } from "../../../ui/page-context";
import { defineIndicator } from "../use-cases/define-indicator";
import { editIndicator } from "../use-cases/edit-indicator";
import { listIndicators } from "../use-cases/list-indicators";
import { openIndicatorForm } from "../use-cases/open-indicator-form";
import { CataloguePage, formValuesOf, IndicatorFormPage } from "../views/catalogue-pages";
import { noticeOf, pageNumber } from "./query";

/** What a new definition's form starts with. */
const newDefaults = {
  level: "output",
  valueKind: "number",
  direction: "increase",
  frequency: "yearly",
  spatialUnit: "city",
};

async function formPage(
  c: AppContext,
  key: string | undefined,
  sent?: { errors: Record<string, string>; body: Record<string, unknown> },
) {
  const { definition, used } = await openIndicatorForm(c.get("deps"), c.get("state").actor, key);
  const values = sent ? formValues(sent.body) : definition ? formValuesOf(definition) : newDefaults;
  return c.html(
    <IndicatorFormPage
      page={pageContext(c)}
      definition={definition}
      used={used}
      errors={sent?.errors}
      values={values}
    />,
    sent ? 422 : 200,
  );
}

/** Sends the form's mistakes back with the form, or goes back to the catalogue. */
async function saveDefinition(
  c: AppContext,
  key: string | undefined,
  save: (body: Record<string, unknown>) => Promise<unknown>,
) {
  const body = (await c.req.parseBody()) as Record<string, unknown>;
  try {
    await save(body);
    return c.redirect(`/monitoring/indicators?done=${key ? "definitionSaved" : "definitionAdded"}`, 303);
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    const { t } = c.get("state");
    const errors = error.issues.length > 0 ? fieldErrors(error.issues, t) : { form: t(error.message) };
    return formPage(c, key, { errors, body });
  }
}

/** The indicator catalogue (public) and the office's forms for its definitions. */
export function catalogueRoutes(app: Hono<AppEnv>): void {
  app.get("/monitoring/indicators", async (c) => {
    const version = (await requestCounters(c)).monitoring;
    publicPage(c);
    return cachedPage(c, { scope: "monitoring-catalogue", version }, async () => {
      const page = pageContext(c);
      const list = await listIndicators(c.get("deps"), c.get("state").actor, {
        page: pageNumber(c.req.query("page")),
        locale: page.locale,
      });
      return c.html(
        <CataloguePage
          page={page}
          items={list.items}
          total={list.total}
          current={list.page}
          canDefine={list.canDefine}
          notice={noticeOf(c.req.query("done"))}
        />,
      );
    });
  });
  app.get("/monitoring/indicators/new", (c) => formPage(c, undefined));
  app.post("/monitoring/indicators/new", (c) =>
    saveDefinition(c, undefined, (body) => defineIndicator(c.get("deps"), invocation(c), body as never)),
  );
  app.get("/monitoring/indicators/:key/edit", (c) => formPage(c, c.req.param("key")));
  app.post("/monitoring/indicators/:key/edit", (c) =>
    saveDefinition(c, c.req.param("key"), (body) =>
      editIndicator(c.get("deps"), invocation(c), { ...body, key: c.req.param("key") } as never),
    ),
  );
}
