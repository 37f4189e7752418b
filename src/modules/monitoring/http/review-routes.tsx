import type { Hono } from "hono";
import { pageQuery } from "../../../platform/api/pagination";
import { requestCounters } from "../../../platform/cache/change-counters";
import { Invalid } from "../../../platform/errors/errors";
import { fieldErrors, formValues, parseForm } from "../../../platform/forms/forms";
import type { AppContext, AppEnv } from "../../../platform/http/env";
import { invocation } from "../../../platform/http/invocation";
import { cachedPage } from "../../../platform/http/page-cache";
import { requirePermission } from "../../../platform/permissions/require-permission";
import { pageContext } from "../../../ui/page-context";
import { publishRoundInput } from "../domain/review-inputs";
import { closeReviewRound } from "../use-cases/close-review-round";
import { decideReviewProposals } from "../use-cases/decide-review-proposals";
import { listLessons } from "../use-cases/list-lessons";
import { openReviewRound } from "../use-cases/open-review-round";
import { publishReviewRound } from "../use-cases/publish-review-round";
import { roundOf, roundResourceOf } from "../use-cases/review-access";
import { saveReviewReport } from "../use-cases/save-review-report";
import { showImplementationReport } from "../use-cases/show-implementation-report";
import { listReviewRounds, showReviewReport, showReviewRound } from "../use-cases/show-reviews";
import { ImplementationReportPageView } from "../views/implementation-report-page";
import { LessonsPageView } from "../views/lessons-page";
import { ReportPageView } from "../views/report-page";
import {
  RoundConfirmView,
  RoundPageView,
  RoundsPageView,
  reportPath,
  reviewsPath,
  roundPath,
  type SentForm,
} from "../views/review-pages";
import { pageNumber } from "./query";

/**
 * The implementation report is made afresh at least this often: whether a measure is on track
 * depends on the period the city is in, not only on the stored data (as on the portfolio dashboard).
 */
const IMPLEMENTATION_REPORT_MAX_AGE_MS = 10 * 60 * 1000;

const notices = ["opened", "saved", "submitted", "decided", "closed", "published"] as const;
const noticeOf = (text: string | undefined) => notices.find((notice) => notice === text);

/** The field messages of a refused form, and what was typed. */
function sentBack(c: AppContext, error: Invalid, body: Record<string, unknown>): SentForm {
  const { t } = c.get("state");
  const errors = error.issues.length > 0 ? fieldErrors(error.issues, t) : { form: t(error.message) };
  return { errors, values: formValues(body) };
}

async function body(c: AppContext): Promise<Record<string, unknown>> {
  return (await c.req.parseBody()) as Record<string, unknown>;
}

/** Kept pages of the reviews: they show monitoring's rounds and the catalogue's names. */
async function reviewsVersion(c: AppContext): Promise<string> {
  const counters = await requestCounters(c);
  return `${counters.monitoring}.${counters.catalogue}`;
}

async function roundsPage(c: AppContext, form?: SentForm) {
  const p = pageQuery((name) => c.req.query(name));
  const rounds = await listReviewRounds(c.get("deps"), c.get("state").actor, p);
  return c.html(
    <RoundsPageView
      page={pageContext(c)}
      rounds={rounds}
      current={p.page}
      pageSize={p.pageSize}
      mayOpen={rounds.permissions.open}
      form={form}
      notice={form ? undefined : noticeOf(c.req.query("done"))}
    />,
    form ? 422 : 200,
  );
}

async function roundPage(c: AppContext, form?: SentForm) {
  const data = await showReviewRound(c.get("deps"), c.get("state").actor, c.req.param("id") ?? "");
  return c.html(
    <RoundPageView
      page={pageContext(c)}
      data={data}
      form={form}
      notice={form ? undefined : noticeOf(c.req.query("done"))}
    />,
    form ? 422 : 200,
  );
}

async function reportPage(c: AppContext, form?: SentForm & { name: "report" | "decide" }) {
  const data = await showReviewReport(
    c.get("deps"),
    c.get("state").actor,
    c.req.param("id") ?? "",
    c.req.param("slug") ?? "",
    c.get("state").locale,
  );
  return c.html(
    <ReportPageView
      page={pageContext(c)}
      data={data}
      form={form}
      notice={form ? undefined : noticeOf(c.req.query("done"))}
    />,
    form ? 422 : 200,
  );
}

/**
 * Review rounds (`/reviews`), one round (`/reviews/{id}`), its implementation report
 * (`/reviews/{id}/report`), a measure's report in it (`/reviews/{id}/measures/{slug}`) and the
 * lessons learnt (`/lessons`). Every form goes through its use case, which checks the permission
 * before it reads a field; a mistake shows the page again with the messages and what was typed.
 */
export function reviewRoutes(app: Hono<AppEnv>): void {
  app.get(reviewsPath, async (c) =>
    cachedPage(c, { scope: "monitoring-reviews", version: await reviewsVersion(c) }, () => roundsPage(c)),
  );
  app.post(reviewsPath, async (c) => {
    const sent = await body(c);
    try {
      const { id } = await openReviewRound(c.get("deps"), invocation(c), sent as never);
      return c.redirect(`${roundPath(id)}?done=opened`, 303);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      return roundsPage(c, sentBack(c, error, sent));
    }
  });

  app.get("/reviews/:id", async (c) =>
    cachedPage(c, { scope: "monitoring-review", version: await reviewsVersion(c) }, () => roundPage(c)),
  );

  app.get("/reviews/:id/report", async (c) =>
    cachedPage(
      c,
      {
        scope: "monitoring-implementation-report",
        version: await reviewsVersion(c),
        maxAgeMs: IMPLEMENTATION_REPORT_MAX_AGE_MS,
      },
      async () => {
        const page = c.req.query("page") === "all" ? "all" : pageNumber(c.req.query("page"));
        const data = await showImplementationReport(c.get("deps"), c.get("state").actor, c.req.param("id") ?? "", page);
        const siteUrl = c.get("deps").config.baseUrl;
        return c.html(<ImplementationReportPageView page={pageContext(c)} data={data} siteUrl={siteUrl} />);
      },
    ),
  );

  // Closing and publishing cannot be undone: the first POST shows what will happen, the confirmed one acts.
  app.post("/reviews/:id/close", async (c) => {
    const id = c.req.param("id");
    requirePermission(c.get("state").actor, "monitoring.review.publish", roundResourceOf({ round: id }));
    const sent = await body(c);
    if (sent.confirm !== "yes") {
      const round = await roundOf(c.get("deps").database.db, id);
      return c.html(<RoundConfirmView page={pageContext(c)} round={round} step="close" hidden={{}} />);
    }
    await closeReviewRound(c.get("deps"), invocation(c), { round: id, confirm: "yes" });
    return c.redirect(`${roundPath(id)}?done=closed`, 303);
  });
  app.post("/reviews/:id/publish", async (c) => {
    const id = c.req.param("id");
    requirePermission(c.get("state").actor, "monitoring.review.publish", roundResourceOf({ round: id }));
    const sent = await body(c);
    const texts = {
      officeAnswer: String(sent.officeAnswer ?? ""),
      panelName: String(sent.panelName ?? ""),
      panelRecommendation: String(sent.panelRecommendation ?? ""),
      panelRecommendedOn: String(sent.panelRecommendedOn ?? ""),
    };
    if (sent.confirm !== "yes") {
      // The texts are checked before the confirmation, so a mistake is shown at its field at once.
      const checked = parseForm(publishRoundInput, { ...texts, round: id }, c.get("state").t);
      if (!checked.ok) return roundPage(c, { errors: checked.errors, values: formValues(sent) });
      const round = await roundOf(c.get("deps").database.db, id);
      return c.html(<RoundConfirmView page={pageContext(c)} round={round} step="publish" hidden={texts} />);
    }
    try {
      await publishReviewRound(c.get("deps"), invocation(c), { ...texts, round: id });
      return c.redirect(`${roundPath(id)}?done=published`, 303);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      return roundPage(c, sentBack(c, error, sent));
    }
  });

  app.get("/reviews/:id/measures/:slug", async (c) =>
    cachedPage(c, { scope: "monitoring-review-report", version: await reviewsVersion(c) }, () => reportPage(c)),
  );
  app.post("/reviews/:id/measures/:slug", async (c) => {
    const sent = await body(c);
    const input = { ...sent, round: c.req.param("id"), slug: c.req.param("slug") };
    try {
      const result = await saveReviewReport(c.get("deps"), invocation(c), input as never);
      return c.redirect(
        `${reportPath(result.round, result.slug)}?done=${result.submitted ? "submitted" : "saved"}`,
        303,
      );
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      return reportPage(c, { ...sentBack(c, error, sent), name: "report" });
    }
  });
  app.post("/reviews/:id/measures/:slug/decisions", async (c) => {
    const sent = await body(c);
    const input = { ...sent, round: c.req.param("id"), slug: c.req.param("slug") };
    try {
      const result = await decideReviewProposals(c.get("deps"), invocation(c), input as never);
      return c.redirect(`${reportPath(result.round, result.slug)}?done=decided`, 303);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      return reportPage(c, { ...sentBack(c, error, sent), name: "decide" });
    }
  });

  app.get("/lessons", async (c) =>
    cachedPage(c, { scope: "monitoring-lessons", version: await reviewsVersion(c) }, async () => {
      const page = pageContext(c);
      const p = pageQuery((name) => c.req.query(name));
      const query = (name: string) => {
        const value = c.req.query(name)?.trim();
        return value ? value.slice(0, 200) : undefined;
      };
      const filter = {
        q: query("q"),
        actionField: query("actionField"),
        value: query("value"),
        phase: query("phase"),
        tag: query("tag"),
      };
      const list = await listLessons(c.get("deps"), page.locale, filter, p);
      return c.html(<LessonsPageView page={page} list={list} current={p.page} pageSize={p.pageSize} />);
    }),
  );
}
