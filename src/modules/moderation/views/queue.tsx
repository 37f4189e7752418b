import type { Child } from "hono/jsx";
import type { FieldErrors, FormValues } from "../../../platform/forms/forms";
import type { Resource } from "../../../platform/permissions/permissions";
import { Badge } from "../../../ui/components/content";
import { ErrorSummary, FieldMessages, Form, Notice, SubmitButton, TextField } from "../../../ui/components/form";
import { Pagination } from "../../../ui/components/pagination";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";
import type { QueueItem } from "../use-cases/show-queue";
import { dateTime } from "./format";

/** A form drawn again after a refused decision: which object it was for, its errors and what was typed. */
export interface FailedDecision {
  resource: Resource;
  errors: FieldErrors;
  values: FormValues;
}

const sameResource = (a: Resource, b: Resource | undefined) => b !== undefined && a.type === b.type && a.id === b.id;

/** The moderation's three lists, one link each. */
export function ModerationNav(props: { page: PageContext; current: "queue" | "hidden" | "blocks" }) {
  const { t } = props.page;
  const links = [
    { id: "queue", href: "/moderation", label: t("moderation.nav.queue") },
    { id: "hidden", href: "/moderation/hidden", label: t("moderation.nav.hidden") },
    { id: "blocks", href: "/moderation/blocks", label: t("moderation.nav.blocks") },
  ] as const;
  return (
    <nav aria-label={t("moderation.nav.label")}>
      <ul class="inline-list">
        {links.map((link) => (
          <li>
            <a href={link.href} aria-current={link.id === props.current ? "page" : undefined}>
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** A text area with its own id, for pages with one such form per entry. */
export function ReasonField(props: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  value?: string;
  rows?: number;
}) {
  const describedBy = [props.hint ? `hint-${props.id}` : null, props.error ? `error-${props.id}` : null]
    .filter(Boolean)
    .join(" ");
  return (
    <div class={props.error ? "field has-error" : "field"}>
      <label for={`field-${props.id}`}>
        {props.label}
        <span aria-hidden="true"> *</span>
      </label>
      <FieldMessages name={props.id} hint={props.hint} error={props.error} />
      <textarea
        id={`field-${props.id}`}
        name="reason"
        rows={props.rows ?? 3}
        required
        aria-invalid={props.error ? "true" : undefined}
        aria-describedby={describedBy || undefined}
      >
        {props.value ?? ""}
      </textarea>
    </div>
  );
}

function ResourceHidden(props: { resource: Resource }) {
  return (
    <>
      <input type="hidden" name="type" value={props.resource.type} />
      <input type="hidden" name="id" value={props.resource.id} />
    </>
  );
}

function QueueEntry(props: { page: PageContext; item: QueueItem; index: number; failed?: FailedDecision }) {
  const { t, locale, city } = props.page;
  const { item, index } = props;
  const failed = sameResource(item.resource, props.failed?.resource) ? props.failed : undefined;
  const hideFailed = failed && failed.values.accountId === undefined ? failed : undefined;
  const title: Child = item.title ?? t("moderation.queue.gone");
  return (
    <li class="card">
      <h2>{item.href ? <a href={item.href}>{title}</a> : title}</h2>
      <p class="meta">
        {t("moderation.queue.firstReported", { date: dateTime(item.firstReportedAt, locale, city.timeZone) })}
        {" · "}
        {t("moderation.queue.count", { count: item.reports.length })}
      </p>
      <h3>{t("moderation.queue.reportsHeading")}</h3>
      <ul>
        {item.reports.map((report) => (
          <li>
            <strong>{t(`moderation.report.category.${report.category}`)}</strong> (
            {dateTime(report.createdAt, locale, city.timeZone)}
            ): {report.reason}
          </li>
        ))}
      </ul>
      {item.canHide && (
        <Form page={props.page} action="/moderation/hide">
          <ResourceHidden resource={item.resource} />
          <ReasonField
            id={`hide-${index}`}
            label={t("moderation.hide.reasonLabel")}
            hint={t("moderation.hide.reasonHint")}
            error={hideFailed?.errors.reason}
            value={hideFailed?.values.reason}
          />
          <SubmitButton variant="danger">{t("moderation.hide.submit")}</SubmitButton>
        </Form>
      )}
      <Form page={props.page} action="/moderation/dismiss">
        <ResourceHidden resource={item.resource} />
        <SubmitButton variant="secondary">{t("moderation.dismiss.submit")}</SubmitButton>
      </Form>
      {item.authors.length > 0 && (
        <>
          <h3>{t("moderation.queue.authors")}</h3>
          {item.authors.map((author, authorIndex) => {
            const blockFailed = failed?.values.accountId === author.id ? failed : undefined;
            return author.blocked ? (
              <p>
                {author.name} <Badge tone="warning">{t("moderation.queue.blocked")}</Badge>
              </p>
            ) : (
              <Form page={props.page} action="/moderation/blocks">
                <input type="hidden" name="accountId" value={author.id} />
                <ResourceHidden resource={item.resource} />
                <ReasonField
                  id={`block-${index}-${authorIndex}`}
                  label={t("moderation.block.reasonLabel")}
                  error={blockFailed?.errors.reason}
                  value={blockFailed?.values.reason}
                  rows={2}
                />
                <SubmitButton variant="secondary">{t("moderation.block.submit", { name: author.name })}</SubmitButton>
              </Form>
            );
          })}
        </>
      )}
    </li>
  );
}

export function QueuePage(props: {
  page: PageContext;
  items: QueueItem[];
  total: number;
  current: number;
  pageSize: number;
  notice?: string;
  failed?: FailedDecision;
}) {
  const { t } = props.page;
  return (
    <Layout page={props.page} title={t("moderation.queue.title")}>
      <h1>{t("moderation.queue.title")}</h1>
      <ModerationNav page={props.page} current="queue" />
      {props.notice && <Notice kind="success">{t(props.notice)}</Notice>}
      <ErrorSummary page={props.page} errors={props.failed?.errors} />
      <p class="lead">{t("moderation.queue.lead")}</p>
      {props.items.length === 0 ? (
        <p>{t("moderation.queue.empty")}</p>
      ) : (
        <ul class="cards">
          {props.items.map((item, index) => (
            <QueueEntry page={props.page} item={item} index={index} failed={props.failed} />
          ))}
        </ul>
      )}
      <Pagination page={props.page} current={props.current} pageSize={props.pageSize} total={props.total} />
    </Layout>
  );
}

export function HiddenPage(props: {
  page: PageContext;
  items: Array<{ resource: Resource; reason: string; hiddenAt: Date; title: string | null; href: string | null }>;
  total: number;
  current: number;
  pageSize: number;
  notice?: string;
}) {
  const { t, locale, city } = props.page;
  return (
    <Layout page={props.page} title={t("moderation.hidden.title")}>
      <h1>{t("moderation.hidden.title")}</h1>
      <ModerationNav page={props.page} current="hidden" />
      {props.notice && <Notice kind="success">{t(props.notice)}</Notice>}
      {props.items.length === 0 ? (
        <p>{t("moderation.hidden.empty")}</p>
      ) : (
        <ul class="cards">
          {props.items.map((item) => {
            const title = item.title ?? t("moderation.queue.gone");
            return (
              <li class="card">
                <h2>{item.href ? <a href={item.href}>{title}</a> : title}</h2>
                <p class="meta">
                  {t("moderation.hidden.since", { date: dateTime(item.hiddenAt, locale, city.timeZone) })}
                </p>
                <p>
                  <strong>{t("moderation.hidden.reason")}</strong> {item.reason}
                </p>
                <Form page={props.page} action="/moderation/show">
                  <ResourceHidden resource={item.resource} />
                  <SubmitButton variant="secondary">{t("moderation.show.submit")}</SubmitButton>
                </Form>
              </li>
            );
          })}
        </ul>
      )}
      <Pagination page={props.page} current={props.current} pageSize={props.pageSize} total={props.total} />
    </Layout>
  );
}

export function BlocksPage(props: {
  page: PageContext;
  blocks: Array<{ accountId: string; name: string; email: string | null; reason: string; blockedAt: Date }>;
  notice?: string;
  /** The block form sent with an unknown address or without a reason, drawn again with what was typed. */
  failed?: FailedDecision;
}) {
  const { t, locale, city } = props.page;
  return (
    <Layout page={props.page} title={t("moderation.block.title")}>
      <h1>{t("moderation.block.title")}</h1>
      <ModerationNav page={props.page} current="blocks" />
      {props.notice && <Notice kind="success">{t(props.notice)}</Notice>}
      <p class="lead">{t("moderation.block.lead")}</p>
      {props.blocks.length === 0 ? (
        <p>{t("moderation.block.empty")}</p>
      ) : (
        <ul class="cards">
          {props.blocks.map((block) => (
            <li class="card">
              <h2>{block.name}</h2>
              {block.email && <p>{block.email}</p>}
              <p class="meta">
                {t("moderation.block.since", { date: dateTime(block.blockedAt, locale, city.timeZone) })}
              </p>
              <p>{block.reason}</p>
              <Form page={props.page} action={`/moderation/blocks/${block.accountId}/unblock`}>
                <SubmitButton variant="secondary">{t("moderation.block.unblock", { name: block.name })}</SubmitButton>
              </Form>
            </li>
          ))}
        </ul>
      )}
      <h2>{t("moderation.block.byEmailHeading")}</h2>
      <ErrorSummary page={props.page} errors={props.failed?.errors} />
      <Form page={props.page} action="/moderation/blocks">
        <TextField
          name="email"
          type="email"
          label={t("moderation.block.emailLabel")}
          required
          errors={props.failed?.errors}
          values={props.failed?.values}
        />
        <ReasonField
          id="block-by-email"
          label={t("moderation.block.reasonLabel")}
          error={props.failed?.errors.reason}
          value={props.failed?.values.reason}
          rows={2}
        />
        <SubmitButton variant="danger">{t("moderation.block.byEmailSubmit")}</SubmitButton>
      </Form>
    </Layout>
  );
}
