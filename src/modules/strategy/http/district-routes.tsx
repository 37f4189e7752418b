import type { Hono } from "hono";
import type { AppEnv } from "../../../platform/http/env";
import { pageContext } from "../../../ui/page-context";
import { pageNumberOf } from "../domain/filters";
import { listDistricts } from "../use-cases/list-districts";
import { showDistrict } from "../use-cases/show-district";
import { DistrictPage, DistrictsPage } from "../views/district-pages";
import { cachedAnswer } from "./page-cache";

/** The city's districts and the measures in each: a map, a table, and a page per district. */
export function districtRoutes(app: Hono<AppEnv>): void {
  app.get("/districts", (c) =>
    cachedAnswer(c, async () => {
      const counts = await listDistricts(c.get("deps"));
      return c.html(<DistrictsPage page={pageContext(c)} districts={counts.districts} cityWide={counts.cityWide} />);
    }),
  );

  app.get("/districts/:id", (c) =>
    cachedAnswer(c, async (version) => {
      const { district, reference, measures, byOffice, cityWide } = await showDistrict(
        c.get("deps"),
        c.req.param("id"),
        pageNumberOf(c.req.query("page")),
        c.get("state").locale,
        version,
      );
      return c.html(
        <DistrictPage
          page={pageContext(c)}
          reference={reference}
          district={district}
          measures={measures}
          byOffice={byOffice}
          cityWide={cityWide}
        />,
      );
    }),
  );
}
