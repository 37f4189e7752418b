import type { FieldErrors } from "../../../platform/forms/forms";
import { dateTimeFormat } from "../../../platform/i18n/formats";
import type { Locale } from "../../../platform/i18n/i18n";
import { Badge } from "../../../ui/components/content";
import { describedBy, ErrorSummary, FieldMessages, Form, Notice, SubmitButton } from "../../../ui/components/form";
import { Pagination } from "../../../ui/components/pagination";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";
import type { MailMode } from "../domain/mail-rule";
import { mailModes } from "../domain/mail-rule";
import type { NotificationsView } from "../domain/page-view";
import { FollowButton } from "./follow-button";

/** A moment in the city's time, in the page's language. */
const when = (value: Date, locale: Locale, timeZone: string) =>
  dateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone }).format(value);

/** The person's notifications, newest first; unread ones are marked in words, not by colour alone. */
function NotificationList(props: { page: PageContext; view: NotificationsView }) {
  const { t, locale, city } = props.page;
  const { items, total, unread, pagination } = props.view;
  return (
    <section aria-labelledby="list-title">
      <h2 id="list-title">{t("notifications.list.title")}</h2>
      {total === 0 ? (
        <p>{t("notifications.list.empty")}</p>
      ) : (
        <>
          <p>{t("notifications.list.unreadCount", { count: unread })}</p>
          {unread > 0 && (
            <Form page={props.page} action="/notifications/read" class="inline-form">
              <SubmitButton variant="secondary">{t("notifications.list.markAllRead")}</SubmitButton>
            </Form>
          )}
          <ul class="notification-list">
            {items.map((item) => (
              <li class={item.readAt ? "notification" : "notification notification-unread"}>
                {!item.readAt && <Badge tone="info">{t("notifications.list.unread")}</Badge>}{" "}
                <span>{t(item.messageKey, item.params)}</span>{" "}
                <span class="hint">
                  <time datetime={item.createdAt.toISOString()}>
                    {t("notifications.list.at", { date: when(item.createdAt, locale, city.timeZone) })}
                  </time>
                </span>
                {item.href && (
                  <>
                    {" "}
                    <a href={item.href}>
                      {t("notifications.list.open")}
                      <span class="visually-hidden">: {t(item.messageKey, item.params)}</span>
                    </a>
                  </>
                )}
              </li>
            ))}
          </ul>
          <Pagination page={props.page} current={pagination.page} pageSize={pagination.pageSize} total={total} />
        </>
      )}
    </section>
  );
}

/** The mail choice: three radio buttons with what each means. */
function MailSettingForm(props: { page: PageContext; mode: MailMode; canMail: boolean; errors?: FieldErrors }) {
  const { t } = props.page;
  const error = props.errors?.mailMode;
  return (
    <section aria-labelledby="settings">
      <h2 id="settings">{t("notifications.settings.title")}</h2>
      {!props.canMail && <Notice kind="warning">{t("notifications.settings.noAddress")}</Notice>}
      <Form page={props.page} action="/notifications/settings" id="settings-form">
        <fieldset
          class={error ? "field has-error" : "field"}
          aria-describedby={describedBy("mailMode", undefined, error)}
        >
          <legend>{t("notifications.settings.legend")}</legend>
          <FieldMessages name="mailMode" error={error} />
          {mailModes.map((mode, i) => {
            const id = i === 0 ? "field-mailMode" : `field-mailMode-${mode}`;
            return (
              <div class="field checkbox">
                <input
                  type="radio"
                  id={id}
                  name="mailMode"
                  value={mode}
                  checked={props.mode === mode}
                  aria-describedby={`hint-mailMode-${mode}`}
                />
                <label for={id}>{t(`notifications.settings.${mode}`)}</label>
                <p class="hint" id={`hint-mailMode-${mode}`}>
                  {t(`notifications.settings.${mode}Hint`)}
                </p>
              </div>
            );
          })}
        </fieldset>
        <SubmitButton>{t("notifications.settings.save")}</SubmitButton>
      </Form>
    </section>
  );
}

/** What the person follows, each with its "stop following" button. */
function FollowList(props: { page: PageContext; follows: NotificationsView["follows"] }) {
  const { t, locale, city } = props.page;
  return (
    <section aria-labelledby="follows">
      <h2 id="follows">{t("notifications.follows.title")}</h2>
      {props.follows.length === 0 ? (
        <p>{t("notifications.follows.empty")}</p>
      ) : (
        <ul class="follow-list">
          {props.follows.map((f) => (
            <li>
              {f.href && f.title ? <a href={f.href}>{f.title}</a> : <span>{t("notifications.follows.gone")}</span>}{" "}
              <span class="hint">
                {t("notifications.follows.since", { date: when(f.since, locale, city.timeZone) })}
              </span>
              <FollowButton
                page={props.page}
                resource={f.resource}
                following
                returnTo="/notifications?done=unfollowed#follows"
                title={f.title ?? t("notifications.follows.gone")}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

const notices: Record<string, string> = {
  read: "notifications.done.read",
  settings: "notifications.done.settings",
  unfollowed: "notifications.done.unfollowed",
};

export function NotificationsPage(props: {
  page: PageContext;
  view: NotificationsView;
  done?: string;
  errors?: FieldErrors;
}) {
  const { t } = props.page;
  const notice = notices[props.done ?? ""];
  return (
    <Layout page={props.page} title={t("notifications.title")}>
      <h1>{t("notifications.title")}</h1>
      <p class="lead">{t("notifications.intro")}</p>
      {notice && <Notice kind="success">{t(notice)}</Notice>}
      <ErrorSummary page={props.page} errors={props.errors} labels={{ mailMode: t("notifications.settings.title") }} />
      <NotificationList page={props.page} view={props.view} />
      <MailSettingForm
        page={props.page}
        mode={props.view.mailMode}
        canMail={props.view.canMail}
        errors={props.errors}
      />
      <FollowList page={props.page} follows={props.view.follows} />
    </Layout>
  );
}
