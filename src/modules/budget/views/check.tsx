import type { FieldErrors, FormValues } from "../../../platform/forms/forms";
import { ErrorSummary, Form, Notice, SubmitButton, TextField } from "../../../ui/components/form";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";
import type { Budget } from "../domain/model";
import { dateTime } from "./format";

export type CheckOutcome = { status: "counted"; at: Date } | { status: "replaced"; at: Date } | { status: "unknown" };

export function CheckPage(props: {
  page: PageContext;
  budget: Budget;
  outcome?: CheckOutcome;
  errors?: FieldErrors;
  values?: FormValues;
}) {
  const { t, locale, city } = props.page;
  const o = props.outcome;
  return (
    <Layout page={props.page} title={t("budget.check.title")} section="budgets">
      <p>
        <a href={`/budgets/${props.budget.slug}`}>{t("budget.backTo", { title: props.budget.title })}</a>
      </p>
      <h1>{t("budget.check.title")}</h1>
      <p class="lead">{t("budget.check.lead")}</p>
      {o?.status === "counted" && (
        <Notice kind="success">{t("budget.check.counted", { date: dateTime(o.at, locale, city.timeZone) })}</Notice>
      )}
      {o?.status === "replaced" && (
        <Notice kind="warning">{t("budget.check.replaced", { date: dateTime(o.at, locale, city.timeZone) })}</Notice>
      )}
      <ErrorSummary page={props.page} errors={props.errors} labels={{ receipt: t("budget.check.label") }} />
      <Form page={props.page} action={`/budgets/${props.budget.slug}/check`}>
        <TextField
          name="receipt"
          label={t("budget.check.label")}
          hint={t("budget.check.hint")}
          autocomplete="off"
          required
          errors={props.errors}
          values={props.values}
        />
        <SubmitButton>{t("budget.check.submit")}</SubmitButton>
      </Form>
    </Layout>
  );
}
