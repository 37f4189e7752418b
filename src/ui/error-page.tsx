import type { Context } from "hono";
import type { AppEnv } from "../platform/http/env";
import { Layout } from "./layout";
import { type PageContext, pageContext } from "./page-context";

function ErrorPage(props: { page: PageContext; status: number; message: string; showReference: boolean }) {
  const { page, status } = props;
  const { t } = page;
  const titleKey = `errorPage.title.${status}`;
  const title = t(titleKey) === titleKey ? t("errorPage.title.500") : t(titleKey);
  return (
    <Layout page={page} title={title}>
      <h1>{title}</h1>
      <p class="lead">{t(props.message)}</p>
      {props.showReference && <p>{t("errorPage.reference", { id: page.requestId })}</p>}
      <p class="actions">
        {status === 401 && (
          <a class="button button-primary" href={`/login?next=${encodeURIComponent(page.url.pathname)}`}>
            {t("errorPage.login")}
          </a>
        )}
        <a href="/">{t("errorPage.home")}</a>
      </p>
    </Layout>
  );
}

/** The page for a request body above the route's limit, stating the limit. */
export function renderTooLargePage(c: Context<AppEnv>, limit: string): Response | Promise<Response> {
  const page = pageContext(c);
  const title = page.t("errorPage.title.413");
  return c.html(
    <Layout page={page} title={title}>
      <h1>{title}</h1>
      <p class="lead">{page.t("errors.payloadTooLargeLimit", { limit })}</p>
      <p class="actions">
        <a href="/">{page.t("errorPage.home")}</a>
      </p>
    </Layout>,
    413,
  );
}

/** The error page as the answer to a request that wants HTML. */
export function renderErrorPage(
  c: Context<AppEnv>,
  error: { status: number; message: string; showReference: boolean },
): Response | Promise<Response> {
  return c.html(<ErrorPage page={pageContext(c)} {...error} />, error.status as 400);
}
