import type { OfficeTask } from "../../../platform/contributions/contributions";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";

/** The strategy office's start page: every open task, grouped by where it is done. */
export function OfficePage({ page, tasks }: { page: PageContext; tasks: OfficeTask[] }) {
  const { t } = page;
  const groups = [...new Set(tasks.map((task) => task.group))];
  return (
    <Layout page={page} title={t("office.title")}>
      <h1>{t("office.title")}</h1>
      <p class="lead">{t("office.lead")}</p>
      {tasks.length === 0 && <p>{t("office.none")}</p>}
      {groups.map((group, i) => (
        <section aria-labelledby={`office-group-${i}`}>
          <h2 id={`office-group-${i}`}>{group}</h2>
          <ul class="cards" data-office-tasks>
            {tasks
              .filter((task) => task.group === group)
              .map((task) => (
                <li class="card">
                  <h3>
                    <a href={task.href}>{task.title}</a>
                  </h3>
                  <p>{task.text}</p>
                </li>
              ))}
          </ul>
        </section>
      ))}
      <h2>{t("office.startHeading")}</h2>
      <ul>
        <li>
          <a href="/measures/new">{t("office.start.measure")}</a>
        </li>
        <li>
          <a href="/budgets/new">{t("office.start.budget")}</a>
        </li>
        <li>
          <a href="/panels/new">{t("office.start.panel")}</a>
        </li>
      </ul>
    </Layout>
  );
}
