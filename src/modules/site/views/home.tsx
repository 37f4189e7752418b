import type { HappeningItem } from "../../../platform/contributions/contributions";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";

const entryPoints = [
  { key: "strategy", href: "/strategy" },
  { key: "measures", href: "/measures" },
  { key: "arena", href: "/arena" },
  { key: "panel", href: "/panels" },
  { key: "budget", href: "/budgets" },
] as const;

/** The front door: what is happening now, and every way of taking part. */
export function HomePage({ page, happening }: { page: PageContext; happening: HappeningItem[] }) {
  const { t } = page;
  return (
    <Layout page={page} title={t("home.title")}>
      <h1>{t("home.heading")}</h1>
      <p class="lead">{t("home.lead")}</p>
      <p>
        <a href="/leichte-sprache">{t("home.easyLanguageLink")}</a>
      </p>
      <section aria-labelledby="home-now">
        <h2 id="home-now">{t("home.nowHeading")}</h2>
        {happening.length === 0 ? (
          <p>{t("home.nowNone")}</p>
        ) : (
          <ul class="cards" data-happening>
            {happening.map((item) => (
              <li class="card">
                {item.badge && <p class="badge">{item.badge}</p>}
                <h3>
                  <a href={item.href}>{item.title}</a>
                </h3>
                <p>{item.text}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="home-ways">
        <h2 id="home-ways">{t("home.waysHeading")}</h2>
        <ul class="cards">
          {entryPoints.map((entry) => (
            <li class="card">
              <h3>
                <a href={entry.href}>{t(`home.way.${entry.key}.title`)}</a>
              </h3>
              <p>{t(`home.way.${entry.key}.text`)}</p>
            </li>
          ))}
        </ul>
      </section>
      <h2>{t("home.valuesHeading")}</h2>
      <p>{t("home.valuesText")}</p>
      <p>
        <a href="/open-data">{t("home.openDataLink")}</a>
      </p>
    </Layout>
  );
}
