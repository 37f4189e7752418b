import type { Hono } from "hono";
import { requestCounters } from "../../../platform/cache/change-counters";
import { AppError, Invalid, TooManyRequests, Unauthenticated } from "../../../platform/errors/errors";
import { type FieldErrors, fieldErrors, formValues } from "../../../platform/forms/forms";
import { publicPage } from "../../../platform/http/cache-policy";
import { clientAddress } from "../../../platform/http/client-address";
import type { AppContext, AppEnv } from "../../../platform/http/env";
import { invocation } from "../../../platform/http/invocation";
import { cachedPage } from "../../../platform/http/page-cache";
import { requirePermission } from "../../../platform/permissions/require-permission";
import { newToken } from "../../../platform/security/tokens";
import { pageContext } from "../../../ui/page-context";
import { type CommentThreadData, loadCommentThread, loadSharedCommentThread, ownThreadParts } from "../../comments";
import { isHoneypotFilled } from "../../moderation";
import { MAX_DRAFT_BYTES } from "../domain/draft-text";
import { addDraftVersion, NumberingMismatch } from "../use-cases/add-draft-version";
import { answerComment } from "../use-cases/answer-comment";
import { commentOnParagraph } from "../use-cases/comment-on-paragraph";
import { supportComment, withdrawCommentSupport } from "../use-cases/comment-support";
import { PARAGRAPH_TYPE, textPath } from "../use-cases/paragraph-resource";
import { openDraftForm, showDraft } from "../use-cases/show-draft";
import { showParagraph } from "../use-cases/show-paragraph";
import { ownSupportParts } from "../views/paragraph-comment-parts";
import { ParagraphPage } from "../views/paragraph-page";
import { TextFormPage } from "../views/text-form-page";
import { TextPage } from "../views/text-page";

const text = (value: unknown) => (typeof value === "string" ? value : "");

/** The messages of a refused form beside its fields, logged as one line without what was typed. */
function refusedForm(c: AppContext, error: Invalid, form: string): FieldErrors {
  const { t, requestId } = c.get("state");
  c.get("deps").logger.info("form refused", { requestId, form, fields: error.issues.map((i) => i.path || "form") });
  return error.issues.length > 0 ? fieldErrors(error.issues, t) : { form: t(error.message) };
}

/**
 * An uploaded draft's text: refused when it is larger than a draft may be or is no UTF-8 text
 * (a word processor's file, a picture). Null when no file was chosen.
 */
async function uploadedText(value: unknown): Promise<{ text: string } | { error: string } | null> {
  if (!(value instanceof File) || value.size === 0) return null;
  if (value.size > MAX_DRAFT_BYTES) return { error: "participation.errors.draftLarge" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(await value.arrayBuffer()) };
  } catch {
    return { error: "participation.errors.draftNotText" };
  }
}

async function draftForm(c: AppContext) {
  const deps = c.get("deps");
  const { actor, t } = c.get("state");
  // Permission first: nobody but the office gets as far as the body.
  const { process, nextVersion } = await openDraftForm(deps, actor, c.req.param("slug") ?? "");
  const body = (await c.req.parseBody()) as Record<string, unknown>;
  const values = formValues(body);
  const errors: FieldErrors = {};
  for (const code of ["De", "En"] as const) {
    const upload = await uploadedText(body[`file${code}`]);
    if (upload && "error" in upload) errors[`file${code}`] = t(upload.error);
    // An uploaded text goes into the text box, so a mistake elsewhere does not mean uploading it again.
    if (upload && "text" in upload) values[`markdown${code}`] = upload.text;
  }
  const again = (refused: FieldErrors) =>
    c.html(
      <TextFormPage
        page={pageContext(c)}
        process={process}
        nextVersion={nextVersion}
        values={values}
        errors={refused}
      />,
      422,
    );
  if (Object.keys(errors).length > 0) {
    deps.logger.info("form refused", {
      requestId: c.get("state").requestId,
      form: "draft",
      fields: Object.keys(errors),
    });
    return again(errors);
  }
  try {
    const { version } = await addDraftVersion(deps, invocation(c), {
      processId: process.id,
      markdownDe: values.markdownDe ?? "",
      markdownEn: values.markdownEn ?? "",
      changeNoteDe: values.changeNoteDe ?? "",
      changeNoteEn: values.changeNoteEn ?? "",
    });
    return c.redirect(`${textPath(process.slug)}?version=${version}&done=version`, 303);
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    const refused = refusedForm(c, error, "draft");
    if (error instanceof NumberingMismatch)
      refused.markdownEn = t("participation.errors.draftNumbering", { number: error.number });
    return again(refused);
  }
}

/** A refusal to show beside the kept text; signing in and missing pages go to the error page. */
function keepable(error: unknown): error is AppError {
  return error instanceof AppError && !(error instanceof Unauthenticated) && error.status !== 404;
}

type SentComment = { values: Record<string, string>; errors: FieldErrors; formKey: string };

/** The paragraph the address names, in the reader's language. */
function paragraphAddress(c: AppContext) {
  return {
    slug: c.req.param("slug") ?? "",
    number: c.req.param("number") ?? "",
    version: c.req.query("version"),
    locale: c.get("state").locale,
  };
}

/**
 * The title the comments module gives a paragraph's thread (in mails, queues and the form), and
 * whether the reader may write in it now: the phase allows it and they take part (a process for
 * invited people only offers no answer links to others).
 */
const threadObject = (c: AppContext, paragraph: { number: string }, open: boolean) => ({
  title: c.get("state").t("participation.text.paragraph", { number: paragraph.number }),
  acceptsComments: open,
});

/** The page after a refused comment: drawn for this reader alone, with the form's messages and text kept. */
async function paragraphPage(c: AppContext, sent: SentComment, status: 400 | 409 | 422 | 429) {
  const deps = c.get("deps");
  const { actor, locale } = c.get("state");
  const data = await showParagraph(deps, actor, paragraphAddress(c), await requestCounters(c));
  const threadOf = (paragraph: { id: string; number: string }, open: boolean): Promise<CommentThreadData> =>
    loadCommentThread(deps, { type: PARAGRAPH_TYPE, id: paragraph.id }, actor, locale, {
      object: threadObject(c, paragraph, open),
    });
  const [thread, ...earlier] = await Promise.all([
    threadOf(data.paragraph, data.open && data.refusals.comment === null),
    ...data.predecessors.map((p) => threadOf(p, false)),
  ]);
  const page = pageContext(c);
  return c.html(<ParagraphPage page={page} data={data} thread={thread} earlier={earlier} form={sent} />, status);
}

/**
 * A paragraph's page, drawn once for everyone with the same rights, language, address and right to
 * take part (to write, comment and support), as for a reader who has done nothing there yet; each
 * answer puts in the reader's own parts: the form key, the edit links of their comments and their
 * support buttons. Everything that changes with the clock (the phase) is in the key, through the
 * reader's rights to take part.
 */
async function keptParagraphPage(c: AppContext) {
  const deps = c.get("deps");
  const { actor, locale } = c.get("state");
  const counters = await requestCounters(c);
  const data = await showParagraph(deps, actor, paragraphAddress(c), counters);
  const threadOf = (paragraph: { id: string; number: string }, open: boolean) =>
    loadSharedCommentThread(deps, { type: PARAGRAPH_TYPE, id: paragraph.id }, actor, locale, {
      object: threadObject(c, paragraph, open),
      counters,
    });
  const [current, ...earlier] = await Promise.all([
    threadOf(data.paragraph, data.open && data.refusals.comment === null),
    ...data.predecessors.map((p) => threadOf(p, false)),
  ]);
  const { participation, comments, moderation, identity } = counters;
  const { comment, support } = data.refusals;
  return cachedPage(
    c,
    {
      scope: `participation-paragraph ${data.open} ${current.thread.refusal ?? "-"} ${comment ?? "-"} ${support ?? "-"}`,
      version: `${participation}.${comments}.${moderation}.${identity}`,
      ownParts: () => {
        const page = pageContext(c);
        // The current thread's last: its form key is the one the page's form sends.
        const threads = [...earlier, current].map(({ thread, reader }) => ownThreadParts(page, thread, reader));
        return Object.assign({}, ...threads, ownSupportParts(page, data, current.thread.roots, current.reader.own));
      },
    },
    async () => {
      // Made for a neutral reader with these rights (see cachedPage), who supports nothing.
      const page = pageContext(c);
      const shared = { ...data, supported: new Set<string>() };
      return c.html(
        <ParagraphPage page={page} data={shared} thread={current.thread} earlier={earlier.map((e) => e.thread)} />,
      );
    },
  );
}

async function commentForm(c: AppContext) {
  const deps = c.get("deps");
  const { actor, locale, t } = c.get("state");
  requirePermission(actor, "participation.comment");
  const body = (await c.req.parseBody()) as Record<string, unknown>;
  const sentKey = text(body.submissionKey);
  const formKey = /^[A-Za-z0-9_-]{8,64}$/.test(sentKey) ? sentKey : newToken(deps.random, 16);
  const values = formValues(body);
  const refuse = (errors: FieldErrors, status: 400 | 409 | 422 | 429) =>
    paragraphPage(c, { values, errors, formKey }, status);
  // Filled in by a program: nothing is stored, and the answer does not say why.
  if (isHoneypotFilled(body)) return refuse({ form: t("moderation.honeypot.refused") }, 400);
  try {
    const { id } = await commentOnParagraph(deps, invocation(c), {
      slug: c.req.param("slug") ?? "",
      number: c.req.param("number") ?? "",
      body: text(body.body),
      wording: text(body.wording),
      submissionKey: sentKey,
      language: locale,
      clientAddress: clientAddress(c),
    });
    return c.redirect(`/comments/${id}`, 303);
  } catch (error) {
    if (!keepable(error)) throw error;
    if (error instanceof TooManyRequests) c.header("Retry-After", String(error.retryAfterSeconds));
    const errors = error instanceof Invalid ? refusedForm(c, error, "paragraph-comment") : { form: t(error.message) };
    return refuse(errors, error.status as 409 | 422 | 429);
  }
}

/** The forms about one comment: support it, withdraw the support, answer it (the office). */
async function commentAction(c: AppContext, what: "support" | "unsupport" | "answer") {
  const deps = c.get("deps");
  const { actor } = c.get("state");
  requirePermission(actor, what === "answer" ? "participation.manage" : "participation.support");
  const body = (await c.req.parseBody()) as Record<string, unknown>;
  const commentId = c.req.param("commentId") ?? "";
  const input = { paragraphId: text(body.paragraphId), commentId };
  if (what === "support") await supportComment(deps, invocation(c), input);
  if (what === "unsupport") await withdrawCommentSupport(deps, invocation(c), input);
  if (what === "answer") {
    try {
      await answerComment(deps, invocation(c), { ...input, answer: text(body[`answer-${commentId}`]) });
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      const issues = error.issues.map((issue) => ({
        ...issue,
        path: issue.path === "answer" ? `answer-${commentId}` : issue.path,
      }));
      return paragraphPage(
        c,
        { values: {}, errors: refusedForm(c, new Invalid(error.message, issues), "answer"), formKey: "" },
        422,
      );
    }
  }
  return c.redirect(`/comments/${commentId}`, 303);
}

/** The draft of a process, its paragraphs with their comments, and the office's new versions. */
export function textRoutes(app: Hono<AppEnv>): void {
  app.get("/participation/:slug/text", async (c) => {
    const counters = await requestCounters(c);
    publicPage(c);
    // Kept per version of the processes and drafts (a new version, a phase) and of the comments (the
    // counts beside each paragraph); a minute at most, as the phase that opens commenting starts by
    // the clock.
    return cachedPage(
      c,
      { scope: "participation-text", version: `${counters.participation}.${counters.comments}`, maxAgeMs: 60_000 },
      async () => {
        const page = pageContext(c);
        const data = await showDraft(
          c.get("deps"),
          c.get("state").actor,
          c.req.param("slug"),
          c.req.query("version"),
          page.locale,
        );
        return c.html(<TextPage page={page} data={data} notice={c.req.query("done")} />);
      },
    );
  });
  app.get("/participation/:slug/text/new", async (c) => {
    const { process, nextVersion } = await openDraftForm(c.get("deps"), c.get("state").actor, c.req.param("slug"));
    return c.html(<TextFormPage page={pageContext(c)} process={process} nextVersion={nextVersion} />);
  });
  app.post("/participation/:slug/text/new", (c) => draftForm(c));
  app.get("/participation/:slug/text/:number", (c) => keptParagraphPage(c));
  app.post("/participation/:slug/text/:number/comments", (c) => commentForm(c));
  app.post("/participation/:slug/text/:number/comments/:commentId/support", (c) => commentAction(c, "support"));
  app.post("/participation/:slug/text/:number/comments/:commentId/unsupport", (c) => commentAction(c, "unsupport"));
  app.post("/participation/:slug/text/:number/comments/:commentId/answer", (c) => commentAction(c, "answer"));
}
