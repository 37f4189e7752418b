import type { Hono } from "hono";
import type { AppEnv } from "../../../platform/http/env";
import { can } from "../../../platform/permissions/permissions";
import { pageContext } from "../../../ui/page-context";
import { listMeasuresPage } from "../use-cases/list-measures";
import { readStrategyOverview } from "../use-cases/read-strategy-overview";
import { MeasuresPage } from "../views/measures-page";
import { StrategyPage } from "../views/strategy-page";
import { cachedAnswer } from "./page-cache";

/** The strategy overview and the list of measures with its filters. */
export function catalogueRoutes(app: Hono<AppEnv>): void {
  app.get("/strategy", (c) =>
    cachedAnswer(c, async (version) => {
      const { reference, countsByActionField } = await readStrategyOverview(c.get("deps"), version);
      return c.html(
        <StrategyPage
          page={pageContext(c)}
          reference={reference}
          countsByActionField={countsByActionField}
          canEdit={can(c.get("state").actor, "strategy.actionField.save")}
        />,
      );
    }),
  );

  app.get("/measures", (c) =>
    cachedAnswer(c, async (version) => {
      const state = c.get("state");
      const { reference, request, items, total } = await listMeasuresPage(
        c.get("deps"),
        c.req.query(),
        state.locale,
        version,
      );
      return c.html(
        <MeasuresPage
          page={pageContext(c)}
          reference={reference}
          request={request}
          items={items}
          total={total}
          canCreate={can(state.actor, "strategy.measure.create")}
        />,
      );
    }),
  );
}
