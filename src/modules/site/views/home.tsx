import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";

const entryPoints = [
  { key: "strategy", href: "/strategy" },
  { key: "measures", href: "/measures" },
  { key: "arena", href: null },
  { key: "workshops", href: null },
  { key: "panel", href: "/panels" },
  { key: "budget", href: "/budgets" },
  { key: "monitoring", href: null },
] as const;

/** The front door: what the platform is and every way of taking part. */
export function HomePage({ page }: { page: PageContext }) {
  const { t } = page;
  return (
    <Layout page={page} title={t("home.title")}>
      <h1>{t("home.heading")}</h1>
      <p class="lead">{t("home.lead")}</p>
      <p>
        <a href="/leichte-sprache">{t("home.easyLanguageLink")}</a>
      </p>
      <h2>{t("home.waysHeading")}</h2>
      <ul class="cards">
        {entryPoints.map((entry) => (
          <li class="card">
            <h3>
              {entry.href ? (
                <a href={entry.href}>{t(`home.way.${entry.key}.title`)}</a>
              ) : (
                t(`home.way.${entry.key}.title`)
              )}
            </h3>
            <p>{t(`home.way.${entry.key}.text`)}</p>
            {!entry.href && <p class="badge">{t("home.comingSoon")}</p>}
          </li>
        ))}
      </ul>
      <h2>{t("home.valuesHeading")}</h2>
      <p>{t("home.valuesText")}</p>
    </Layout>
  );
}
