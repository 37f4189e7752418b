import type { OpenDataItem } from "../../../platform/contributions/contributions";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";

/** Open data: every download the platform offers, and the programming interface. */
export function OpenDataPage({ page, items }: { page: PageContext; items: OpenDataItem[] }) {
  const { t } = page;
  const groups = [...new Set(items.map((item) => item.group))];
  return (
    <Layout page={page} title={t("openData.title")}>
      <div class="prose">
        <h1>{t("openData.title")}</h1>
        <p class="lead">{t("openData.lead")}</p>
        <h2>{t("openData.downloadsHeading")}</h2>
        {items.length === 0 && <p>{t("openData.none")}</p>}
        {groups.map((group, i) => (
          <section aria-labelledby={`open-data-${i}`}>
            <h3 id={`open-data-${i}`}>{group}</h3>
            <ul class="download-list" data-open-data>
              {items
                .filter((item) => item.group === group)
                .map((item) => (
                  <li>
                    <strong>{item.title}</strong>
                    <br />
                    {item.text}
                    <ul>
                      {item.links.map((link) => (
                        <li>
                          <a href={link.href}>{link.label}</a> <span class="badge">{link.format}</span>
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
            </ul>
          </section>
        ))}
        <h2>{t("openData.apiHeading")}</h2>
        <p>{t("openData.apiText")}</p>
        <ul>
          <li>
            <a href="/api/v1/openapi.json">{t("openData.apiLink")}</a> <span class="badge">JSON</span>
          </li>
        </ul>
        <p>{t("openData.apiNote")}</p>
      </div>
    </Layout>
  );
}
