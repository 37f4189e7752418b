import type { Hono } from "hono";
import type { AppEnv } from "../../../platform/http/env";
import { pageContext } from "../../../ui/page-context";
import { pageNumberOf } from "../domain/filters";
import { editPermissions } from "../use-cases/open-measure-editor";
import { showMeasure } from "../use-cases/show-measure";
import { journeyVersion, showMeasureJourney } from "../use-cases/show-measure-journey";
import { MeasurePage } from "../views/measure-page";
import { cachedAnswer } from "./page-cache";

/** A measure's public page, kept until the catalogue or a module's steps on its journey change. */
export function measureRoutes(app: Hono<AppEnv>): void {
  app.get("/measures/:slug", (c) =>
    cachedAnswer(
      c,
      async (version) => {
        const deps = c.get("deps");
        const state = c.get("state");
        const shown = await showMeasure(deps, c.req.param("slug"), pageNumberOf(c.req.query("versions")), version);
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
      journeyVersion,
    ),
  );
}
