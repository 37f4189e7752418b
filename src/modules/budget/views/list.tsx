import { Pagination } from "../../../ui/components/pagination";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";
import type { Budget } from "../domain/model";
import type { Phase } from "../domain/phases";
import { contentLang } from "./format";

export function BudgetListPage(props: {
  page: PageContext;
  budgets: Array<{ budget: Budget; phase: Phase; total: number }>;
  total: number;
  current: number;
  pageSize: number;
  canManage: boolean;
  money: (n: number) => string;
}) {
  const { t, locale } = props.page;
  return (
    <Layout page={props.page} title={t("budget.list.title")} section="budgets">
      <h1>{t("budget.list.title")}</h1>
      <p class="lead">{t("budget.list.lead")}</p>
      {props.canManage && (
        <p>
          <a class="button button-secondary" href="/budgets/new">
            {t("budget.create.link")}
          </a>
        </p>
      )}
      {props.budgets.length === 0 ? (
        <p>{t("budget.list.empty")}</p>
      ) : (
        <ul class="cards">
          {props.budgets.map(({ budget, phase, total }) => (
            <li class="card">
              <h2>
                <a href={`/budgets/${budget.slug}`} lang={contentLang(budget, locale)}>
                  {budget.title}
                </a>
              </h2>
              <p class="badge">{t(`budget.phase.${phase}`)}</p>
              <p>{t("budget.list.amount", { amount: props.money(total) })}</p>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={props.page} current={props.current} pageSize={props.pageSize} total={props.total} />
    </Layout>
  );
}
