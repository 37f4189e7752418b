import type { Child } from "hono/jsx";
import type { PageContext } from "../page-context";

export interface ConfirmStepProps {
  page: PageContext;
  /** The question as the page's heading, e.g. "Abstimmung beenden?". */
  title: string;
  /** What will happen, and that it cannot be undone, in plain words. */
  consequences: Child;
  /** Where the confirmed form is sent (POST). */
  action: string;
  /** Extra hidden fields sent with the confirmation, e.g. `{ confirm: "yes" }`. */
  hidden?: Record<string, string>;
  /** The label of the button that does it, e.g. "Ja, Abstimmung beenden". */
  confirmLabel: string;
  /** Where "Abbrechen" leads back to (nothing is changed). */
  cancelHref: string;
  /** Marks a destructive action (deleting, publishing for good): the button is red. */
  danger?: boolean;
}

/**
 * The step before an action that cannot be undone: a heading, what will happen, one button that
 * does it and a link back. A plain form with the CSRF token, so it works without JavaScript; the
 * route shows this page on GET (or when `confirm` is missing) and acts only on the confirmed POST.
 *
 * @example
 * ```tsx
 * <Layout page={page} title={t("budgets.close.title")}>
 *   <ConfirmStep
 *     page={page}
 *     title={t("budgets.close.title")}
 *     consequences={<p>{t("budgets.close.consequences")}</p>}
 *     action={`/budgets/${budget.id}/close`}
 *     hidden={{ confirm: "yes" }}
 *     confirmLabel={t("budgets.close.confirm")}
 *     cancelHref={`/budgets/${budget.id}`}
 *     danger
 *   />
 * </Layout>
 * ```
 */
export function ConfirmStep(props: ConfirmStepProps) {
  const { t } = props.page;
  return (
    <section
      class={props.danger ? "confirm-step confirm-step-danger" : "confirm-step"}
      aria-labelledby="confirm-step-title"
    >
      <h1 id="confirm-step-title">{props.title}</h1>
      <div class="confirm-step-consequences">{props.consequences}</div>
      <form method="post" action={props.action} class="confirm-step-actions">
        <input type="hidden" name="_csrf" value={props.page.csrfToken} />
        {Object.entries(props.hidden ?? {}).map(([name, value]) => (
          <input type="hidden" name={name} value={value} />
        ))}
        <button type="submit" class={`button button-${props.danger ? "danger" : "primary"}`}>
          {props.confirmLabel}
        </button>
        <a class="button button-secondary" href={props.cancelHref}>
          {t("confirm.cancel")}
        </a>
      </form>
    </section>
  );
}
