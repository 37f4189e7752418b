import { ErrorSummary, Form, SelectField, TextArea, TextField } from "../../../ui/components/form";
import type { EntryPageProps } from "./entry-page";
import { stateLabel } from "./format";

/** The strategy office's part of an entry page: the next step with its public explanation. */
export function OfficeActions(props: EntryPageProps) {
  const { page, view, viewer } = props;
  const { t } = page;
  const e = view.entry;
  const path = `/arena/${e.number}`;
  const formOf = (name: string) => (props.form?.name === name ? props.form : undefined);
  const moves = viewer.nextStates.filter((s) => s !== "accepted");
  const state = formOf("state");
  const accept = formOf("accept");
  const consortium = formOf("consortium");
  return (
    <section class="office-panel" aria-labelledby="office-heading">
      <h2 id="office-heading">{t("arena.office.heading")}</h2>
      {moves.length > 0 && (
        <Form page={page} action={`${path}/state`}>
          <h3>{t("arena.office.stateHeading")}</h3>
          <ErrorSummary page={page} errors={state?.errors} />
          <SelectField
            name="to"
            label={t("arena.office.to")}
            options={moves.map((s) => ({ value: s, label: stateLabel(t, s) }))}
            errors={state?.errors}
            values={state?.values}
          />
          <TextArea
            name="explanation"
            label={t("arena.office.explanation")}
            hint={t("arena.office.explanationHint")}
            rows={4}
            required
            errors={state?.errors}
            values={state?.values}
          />
          <button type="submit" class="button">
            {t("arena.office.saveState")}
          </button>
        </Form>
      )}
      {viewer.nextStates.includes("accepted") && (
        <Form page={page} action={`${path}/accept`}>
          <h3>{t("arena.office.acceptHeading")}</h3>
          <p>{t("arena.office.acceptLead")}</p>
          <ErrorSummary page={page} errors={accept?.errors} />
          <SelectField
            name="type"
            label={t("arena.office.measureType")}
            options={(["central", "decentral", "network"] as const).map((type) => ({
              value: type,
              label: t(`arena.measureType.${type}`),
            }))}
            errors={accept?.errors}
            values={accept?.values}
          />
          <TextArea
            name="decision"
            label={t("arena.office.explanation")}
            hint={t("arena.office.explanationHint")}
            rows={4}
            required
            errors={accept?.errors}
            values={accept?.values}
          />
          <button type="submit" class="button">
            {t("arena.office.accept")}
          </button>
        </Form>
      )}
      {!e.consortiumId && !e.hiddenReason && (
        <Form page={page} action={`${path}/consortium`}>
          <h3>{t("arena.office.consortiumHeading")}</h3>
          <ErrorSummary page={page} errors={consortium?.errors} />
          <TextField
            name="others"
            label={t("arena.office.others")}
            hint={t("arena.office.othersHint")}
            required
            errors={consortium?.errors}
            values={consortium?.values}
          />
          <TextField
            name="name"
            label={t("arena.office.consortiumName")}
            required
            errors={consortium?.errors}
            values={consortium?.values}
          />
          <TextArea
            name="description"
            label={t("arena.office.consortiumDescription")}
            rows={3}
            errors={consortium?.errors}
            values={consortium?.values}
          />
          <button type="submit" class="button button-secondary">
            {t("arena.office.formConsortium")}
          </button>
        </Form>
      )}
    </section>
  );
}
