import type { Hono } from "hono";
import type { AppEnv } from "../../../platform/http/env";
import { pageContext } from "../../../ui/page-context";
import { pageNumberOf } from "../domain/filters";
import { editPermissions } from "../use-cases/open-measure-editor";
import { showMeasure } from "../use-cases/show-measure";
import { MeasurePage } from "../views/measure-page";
import { cachedAnswer } from "./page-cache";

/** A measure's public page. */
export function measureRoutes(app: Hono<AppEnv>): void {
  app.get("/measures/:slug", (c) =>
    cachedAnswer(c, async (version) => {
      const shown = await showMeasure(
        c.get("deps"),
        c.req.param("slug"),
        pageNumberOf(c.req.query("versions")),
        version,
      );
      const permissions = editPermissions(c.get("state").actor, shown.measure.slug);
      return c.html(
        <MeasurePage
          page={pageContext(c)}
          measure={shown.measure}
          reference={shown.reference}
          organisations={shown.organisations}
          assessments={shown.assessments}
          versions={shown.versions}
          canEdit={Object.values(permissions).some(Boolean)}
          saved={c.req.query("saved") === "1"}
        />,
      );
    }),
  );
}
