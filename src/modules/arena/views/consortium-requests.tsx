import { ErrorSummary, Form, TextArea, TextField } from "../../../ui/components/form";
import { referenceNumber } from "../domain/entry";
import type { EntryPageProps } from "./entry-page";
import { contentLang, formatDate } from "./format";

/**
 * For an entry's authors: requests to form a consortium with a similar entry. They see the requests
 * other authors sent them (to accept or decline) and their own open ones (to withdraw), and ask
 * another entry's authors with a short form. Nobody else sees any of it.
 */
export function ConsortiumRequests(props: EntryPageProps) {
  const { page, view, viewer } = props;
  const requests = viewer.consortiumRequests;
  if (!viewer.isAuthor || !requests) return null;
  const { t, locale, city } = page;
  const e = view.entry;
  const path = `/arena/${e.number}`;
  const form = props.form?.name === "consortiumRequest" ? props.form : undefined;
  const open = e.state !== "accepted" && e.state !== "declined" && e.hiddenReason === null;
  const otherEntry = (r: (typeof requests.incoming)[number]) => (
    <a href={`/arena/${r.otherNumber}`} lang={r.otherHidden ? undefined : contentLang(r.otherLanguage, locale)}>
      {r.otherHidden ? t("arena.hidden.title") : r.otherTitle}
    </a>
  );
  return (
    <div id="consortium-requests">
      <h3 id="consortium-requests-heading">{t("arena.consortiumRequest.heading")}</h3>
      {requests.incoming.length > 0 && (
        <>
          <h4>{t("arena.consortiumRequest.incoming", { count: requests.incoming.length })}</h4>
          <ul class="cards">
            {requests.incoming.map((r) => (
              <li class="card">
                <p>
                  {otherEntry(r)} ({referenceNumber(r.otherNumber)}) –{" "}
                  {t("arena.consortiumRequest.from", {
                    name: r.requesterName ?? t("arena.deletedAccount"),
                    date: formatDate(r.createdAt, locale, city.timeZone),
                  })}
                </p>
                <p class="preserve-lines">{r.message}</p>
                {r.consortiumName && <p>{t("arena.consortiumRequest.proposedName", { name: r.consortiumName })}</p>}
                <p class="hint">{t("arena.consortiumRequest.acceptHint")}</p>
                <Form page={page} action={`${path}/consortium-requests/${r.id}`} class="inline-form">
                  <button type="submit" name="answer" value="accept" class="button">
                    {t("arena.consortiumRequest.accept")}
                  </button>{" "}
                  <button type="submit" name="answer" value="decline" class="button button-secondary">
                    {t("arena.consortiumRequest.decline")}
                  </button>
                </Form>
              </li>
            ))}
          </ul>
        </>
      )}
      {requests.outgoing.length > 0 && (
        <>
          <h4>{t("arena.consortiumRequest.outgoing", { count: requests.outgoing.length })}</h4>
          <ul class="cards">
            {requests.outgoing.map((r) => (
              <li class="card">
                <p>
                  {otherEntry(r)} ({referenceNumber(r.otherNumber)}) –{" "}
                  {t("arena.consortiumRequest.sent", { date: formatDate(r.createdAt, locale, city.timeZone) })}
                </p>
                <p class="preserve-lines">{r.message}</p>
                <Form page={page} action={`${path}/consortium-requests/${r.id}`} class="inline-form">
                  <button type="submit" name="answer" value="withdraw" class="button button-secondary">
                    {t("arena.consortiumRequest.withdraw")}
                  </button>
                </Form>
              </li>
            ))}
          </ul>
        </>
      )}
      {(open || form) && (
        <Form page={page} action={`${path}/consortium-requests`}>
          <p>{t("arena.consortiumRequest.lead")}</p>
          <ErrorSummary page={page} errors={form?.errors} />
          <TextField
            name="other"
            label={t("arena.consortiumRequest.other")}
            hint={t("arena.consortiumRequest.otherHint")}
            required
            errors={form?.errors}
            values={form?.values}
          />
          {!e.consortiumId && (
            <TextField
              name="consortiumName"
              label={t("arena.consortiumRequest.name")}
              hint={t("arena.consortiumRequest.nameHint")}
              errors={form?.errors}
              values={form?.values}
            />
          )}
          <TextArea
            name="message"
            label={t("arena.consortiumRequest.message")}
            hint={t("arena.consortiumRequest.messageHint")}
            rows={4}
            required
            errors={form?.errors}
            values={form?.values}
          />
          <button type="submit" class="button button-secondary">
            {t("arena.consortiumRequest.send")}
          </button>
        </Form>
      )}
    </div>
  );
}
