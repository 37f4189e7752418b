import type { FieldErrors } from "../../../platform/forms/forms";
import { Checkbox, ErrorSummary, FieldMessages, Form, SubmitButton } from "../../../ui/components/form";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";
import { type StoredWorkshop, workshopPath } from "../domain/workshop";
import { formatWhen } from "./format";

/** The organisers' confirmation before an event is called off: who will be told, and that it is final. */
export function CallOffPage(props: {
  page: PageContext;
  workshop: StoredWorkshop;
  people: number;
  errors?: FieldErrors;
}) {
  const { page, workshop, people, errors } = props;
  const { t } = page;
  const title = t("workshops.callOff.title", { title: workshop.title });
  const path = workshopPath(workshop.id);
  return (
    <Layout page={page} title={title} section="workshops">
      <p class="breadcrumb">
        <a href="/workshops">{t("workshops.list.title")}</a>
        {" › "}
        <a href={path}>{workshop.title}</a>
      </p>
      <h1>{title}</h1>
      <p>{formatWhen(workshop, page.locale, page.city.timeZone)}</p>
      <ErrorSummary page={page} errors={errors} />
      <p>{t("workshops.callOff.lead", { count: people })}</p>
      <p>{t("workshops.callOff.final")}</p>
      <Form page={page} action={`${path}/call-off`}>
        <Checkbox name="confirm" value="yes" label={t("workshops.callOff.confirm")} />
        <FieldMessages name="confirm" error={errors?.confirm ?? errors?.form} />
        <p class="actions">
          <SubmitButton variant="danger">{t("workshops.callOff.submit")}</SubmitButton>
          <a href={path}>{t("workshops.callOff.back")}</a>
        </p>
      </Form>
    </Layout>
  );
}
