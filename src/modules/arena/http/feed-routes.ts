import { Feed } from "feed";
import type { Hono } from "hono";
import { requestCounters } from "../../../platform/cache/change-counters";
import { csvText } from "../../../platform/csv/csv-writer";
import type { AppContext, AppEnv } from "../../../platform/http/env";
import { cachedDownload } from "../../../platform/http/page-cache";
import { referenceNumber } from "../domain/entry";
import { csvHeader, csvRowsOf } from "../use-cases/export-entries";
import { latestAnswers, latestEntries } from "../use-cases/feeds";
import { filterOf } from "./list-routes";

/** A feed of this site in the reader's language, with its own address as id and self link. */
function feedOf(c: AppContext, path: string, titleKey: string): Feed {
  const { t, locale } = c.get("state");
  const base = c.get("deps").config.baseUrl;
  return new Feed({
    id: `${base}${path}`,
    link: `${base}/arena`,
    title: `${t(titleKey)} – ${t("site.name")}`,
    language: locale,
    copyright: t("arena.feed.rights"),
    updated: c.get("deps").clock(),
    feedLinks: { atom: `${base}${path}` },
  });
}

const atom = (c: AppContext, feed: Feed) =>
  c.body(feed.atom1(), 200, { "Content-Type": "application/atom+xml; charset=utf-8" });

/** The Atom feeds (new entries, answers) and the CSV export of the list, made once per change. */
export function feedRoutes(app: Hono<AppEnv>): void {
  app.get("/arena/feed.atom", async (c) =>
    cachedDownload(c, { scope: "arena-feed", version: (await requestCounters(c)).arena }, async () => {
      const feed = feedOf(c, "/arena/feed.atom", "arena.feed.entries");
      const { t } = c.get("state");
      const base = c.get("deps").config.baseUrl;
      for (const e of await latestEntries(c.get("deps"))) {
        const hidden = e.hiddenReason !== null;
        feed.addItem({
          id: `${base}/arena/${e.number}`,
          link: `${base}/arena/${e.number}`,
          title: hidden ? t("arena.hidden.title") : `${referenceNumber(e.number)}: ${e.title}`,
          description: hidden ? t("arena.hidden.reason", { reason: e.hiddenReason ?? "" }) : e.problem,
          date: e.createdAt,
        });
      }
      return atom(c, feed);
    }),
  );

  app.get("/arena/states.atom", async (c) =>
    cachedDownload(c, { scope: "arena-states", version: (await requestCounters(c)).arena }, async () => {
      const feed = feedOf(c, "/arena/states.atom", "arena.feed.answers");
      const { t } = c.get("state");
      const base = c.get("deps").config.baseUrl;
      for (const a of await latestAnswers(c.get("deps"))) {
        const title = a.hiddenReason !== null ? t("arena.hidden.title") : a.title;
        feed.addItem({
          id: `${base}/arena/${a.number}#answer-${a.id}`,
          link: `${base}/arena/${a.number}`,
          title: t("arena.feed.answerTitle", { title, state: t(`arena.state.${a.toState}`) }),
          description: a.explanation,
          date: a.createdAt,
        });
      }
      return atom(c, feed);
    }),
  );

  app.get("/arena/entries.csv", async (c) =>
    cachedDownload(c, { scope: "arena-csv", version: (await requestCounters(c)).arena }, async () => {
      const { filter } = filterOf(c);
      const { t, locale } = c.get("state");
      const deps = c.get("deps");
      const rows = [csvHeader(t), ...(await csvRowsOf(deps, filter, { t, locale }))];
      return c.body(csvText(rows), 200, {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": 'attachment; filename="arena-entries.csv"',
      });
    }),
  );
}
