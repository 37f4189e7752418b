import type { Hono } from "hono";
import { requestCounters } from "../../../platform/cache/change-counters";
import { publicPage } from "../../../platform/http/cache-policy";
import type { AppEnv } from "../../../platform/http/env";
import { cachedPage } from "../../../platform/http/page-cache";
import { pageContext } from "../../../ui/page-context";
import { pageNumberOf } from "../domain/filters";
import { editPermissions } from "../use-cases/open-measure-editor";
import { showMeasure } from "../use-cases/show-measure";
import { journeyVersion, showMeasureJourney } from "../use-cases/show-measure-journey";
import { MeasurePage } from "../views/measure-page";

/** A measure's public page. */
export function measureRoutes(app: Hono<AppEnv>): void {
  // Kept per version of the catalogue and of every module that adds steps to the measure's journey.
  app.get("/measures/:slug", async (c) => {
    const counters = await requestCounters(c);
    publicPage(c);
    return cachedPage(
      c,
      { scope: "catalogue", version: `${counters.catalogue}.${journeyVersion(counters)}` },
      async () => {
        const deps = c.get("deps");
        const shown = await showMeasure(
          deps,
          c.req.param("slug"),
          pageNumberOf(c.req.query("versions")),
          counters.catalogue,
        );
        const state = c.get("state");
        const journey = await showMeasureJourney(deps, shown.measure, {
          t: state.t,
          locale: state.locale,
          now: deps.clock(),
        });
        const permissions = editPermissions(state.actor, shown.measure.slug);
        return c.html(
          <MeasurePage
            page={pageContext(c)}
            measure={shown.measure}
            reference={shown.reference}
            organisations={shown.organisations}
            assessments={shown.assessments}
            versions={shown.versions}
            journey={journey}
            canEdit={Object.values(permissions).some(Boolean)}
            saved={c.req.query("saved") === "1"}
          />,
        );
      },
    );
  });
}
