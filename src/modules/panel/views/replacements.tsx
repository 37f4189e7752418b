import type { FieldErrors, FormValues } from "../../../platform/forms/forms";
import { ErrorSummary, Form, SelectField, SubmitButton } from "../../../ui/components/form";
import type { PageContext } from "../../../ui/page-context";
import type { Replacement } from "../use-cases/show-panel";

/**
 * Who left and who moved up, by pseudonym and replacement number, one sentence each (a table was
 * too wide for a phone); optionally who could have moved up.
 */
export function ReplacementTable(props: { page: PageContext; replacements: Replacement[]; showEligible?: boolean }) {
  const { t } = props.page;
  if (props.replacements.length === 0) return null;
  return (
    <ul class="prose panel-replacements">
      {props.replacements.map((r) => (
        <li>
          {t("panel.replacements.item", { round: r.round, leaving: r.leaving, replacement: r.replacement })}
          {props.showEligible && (
            <details>
              <summary>{t("panel.replacements.eligibleCount", { count: r.eligible.length })}</summary>
              <p class="panel-hash">{r.eligible.join(" ")}</p>
            </details>
          )}
        </li>
      ))}
    </ul>
  );
}

/** The coordinator records that a member dropped out; the replacement is drawn at once. */
export function ReplaceForm(props: {
  page: PageContext;
  panelId: string;
  members: string[];
  errors?: FieldErrors;
  values?: FormValues;
}) {
  const { page } = props;
  const { t } = page;
  return (
    <section aria-labelledby="replace-heading">
      <h3 id="replace-heading">{t("panel.manage.replaceTitle")}</h3>
      <p>{t("panel.manage.replaceLead")}</p>
      <ErrorSummary page={page} errors={props.errors} labels={{ leaving: t("panel.manage.leaving") }} />
      <Form page={page} action={`/panels/${props.panelId}/replace`}>
        <SelectField
          name="leaving"
          label={t("panel.manage.leaving")}
          hint={t("panel.manage.leavingHint")}
          options={props.members.map((m) => ({ value: m, label: m }))}
          emptyLabel={t("panel.register.choose")}
          errors={props.errors}
          values={props.values}
          required
        />
        <SubmitButton variant="secondary">{t("panel.manage.replace")}</SubmitButton>
      </Form>
    </section>
  );
}
