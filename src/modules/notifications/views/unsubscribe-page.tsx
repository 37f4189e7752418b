import { Alert } from "../../../ui/components/content";
import { Form, SubmitButton } from "../../../ui/components/form";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";

/**
 * The page behind the link in every notification mail. Opening it changes nothing (mail scanners
 * open links); the button does. A link not made here gets a friendly explanation instead.
 */
export function UnsubscribePage(props: { page: PageContext; token: string | null; done?: boolean }) {
  const { t } = props.page;
  if (props.done) {
    return (
      <Layout page={props.page} title={t("notifications.unsubscribe.doneTitle")}>
        <h1>{t("notifications.unsubscribe.doneTitle")}</h1>
        <Alert tone="success">{t("notifications.unsubscribe.doneText")}</Alert>
        <p>
          <a href="/notifications#settings">{t("notifications.unsubscribe.toSettings")}</a>
        </p>
      </Layout>
    );
  }
  return (
    <Layout page={props.page} title={t("notifications.unsubscribe.title")}>
      <h1>{t("notifications.unsubscribe.title")}</h1>
      {props.token === null ? (
        <>
          <Alert tone="warning">{t("notifications.unsubscribe.invalid")}</Alert>
          <p>
            <a href="/notifications#settings">{t("notifications.unsubscribe.toSettings")}</a>
          </p>
        </>
      ) : (
        <>
          <p>{t("notifications.unsubscribe.text")}</p>
          <Form page={props.page} action={`/notifications/unsubscribe?token=${encodeURIComponent(props.token)}`}>
            <SubmitButton>{t("notifications.unsubscribe.confirm")}</SubmitButton>
          </Form>
        </>
      )}
    </Layout>
  );
}
