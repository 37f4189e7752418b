import type { FieldErrors, FormValues } from "../../../platform/forms/forms";
import { CheckboxGroup } from "../../../ui/components/checkbox-group";
import {
  ErrorSummary,
  FieldMessages,
  Form,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
} from "../../../ui/components/form";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";
import { accessNeeds } from "../domain/access-needs";
import type { WorkshopPhoto } from "../domain/photos";
import { modesOf, type StoredWorkshop, type WorkshopGroup, workshopFormats, workshopPath } from "../domain/workshop";
import { formatWhen } from "./format";
import { PhotoUploads } from "./photos";

/** A form sent back: its messages and what was typed. */
export interface SentForm {
  errors: FieldErrors;
  values: FormValues;
  /** Values of fields that send several (the access needs). */
  lists?: Record<string, string[]>;
}

function Breadcrumb(props: { page: PageContext; workshop?: StoredWorkshop }) {
  const { t } = props.page;
  return (
    <p class="breadcrumb">
      <a href="/workshops">{t("workshops.list.title")}</a>
      {props.workshop && (
        <>
          {" › "}
          <a href={workshopPath(props.workshop.id)}>{props.workshop.title}</a>
        </>
      )}
    </p>
  );
}

/** Radio buttons with one legend, hint and error (the way of taking part at a hybrid event). */
function RadioGroup(props: {
  name: string;
  legend: string;
  options: Array<{ value: string; label: string }>;
  checked: string | undefined;
  error?: string;
}) {
  return (
    <fieldset
      id={`field-${props.name}`}
      class={props.error ? "checkbox-group has-error" : "checkbox-group"}
      aria-describedby={props.error ? `error-${props.name}` : undefined}
      tabindex={-1}
    >
      <legend>{props.legend}</legend>
      <FieldMessages name={props.name} error={props.error} />
      {props.options.map((option, i) => (
        <div class="field checkbox">
          <input
            type="radio"
            id={`field-${props.name}-${i}`}
            name={props.name}
            value={option.value}
            checked={props.checked === option.value}
          />
          <label for={`field-${props.name}-${i}`}>{option.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

/** Registration: the way of taking part (hybrid events), a group, and what the person needs to take part. */
export function RegisterPage(props: {
  page: PageContext;
  workshop: StoredWorkshop;
  groups: WorkshopGroup[];
  form?: SentForm;
}) {
  const { page, workshop, groups, form } = props;
  const { t, locale, city } = page;
  const modes = modesOf(workshop.format);
  const title = t("workshops.register.title", { title: workshop.title });
  return (
    <Layout page={page} title={title} section="workshops">
      <Breadcrumb page={page} workshop={workshop} />
      <h1>{title}</h1>
      <p>{formatWhen(workshop, locale, city.timeZone)}</p>
      <ErrorSummary page={page} errors={form?.errors} />
      <Form page={page} action={`${workshopPath(workshop.id)}/register`}>
        {modes.length > 1 && (
          <RadioGroup
            name="mode"
            legend={t("workshops.register.mode")}
            options={modes.map((mode) => ({ value: mode, label: t(`workshops.mode.${mode}`) }))}
            checked={form?.values.mode}
            error={form?.errors.mode}
          />
        )}
        {groups.length > 0 && (
          <SelectField
            name="group"
            label={t("workshops.register.group")}
            hint={t("workshops.register.groupHint")}
            options={groups.map((group) => ({ value: group.id, label: group.topic }))}
            emptyLabel={t("workshops.register.noGroup")}
            errors={form?.errors}
            values={form?.values}
          />
        )}
        <CheckboxGroup
          name="needs"
          legend={t("workshops.register.needs")}
          hint={t("workshops.register.needsHint")}
          options={accessNeeds.map((need) => ({ value: need, label: t(`workshops.need.${need}`) }))}
          checked={form?.lists?.needs ?? []}
          error={form?.errors.needs}
        />
        <TextField
          name="needsOther"
          label={t("workshops.register.needsOther")}
          hint={t("workshops.register.needsOtherHint")}
          errors={form?.errors}
          values={form?.values}
        />
        <SubmitButton>{t("workshops.register.submit")}</SubmitButton>
      </Form>
    </Layout>
  );
}

/** The fields of an event as the form shows them (from the stored event, or as typed). */
export function editorValues(
  workshop: StoredWorkshop,
  groups: WorkshopGroup[],
  day: string,
  times: { start: string; end: string },
): FormValues {
  return {
    title: workshop.title,
    description: workshop.description ?? "",
    agenda: workshop.agenda ?? "",
    format: workshop.format,
    day,
    startTime: times.start,
    endTime: times.end,
    venue: workshop.venue ?? "",
    accessibility: workshop.accessibility ?? "",
    onlineUrl: workshop.onlineUrl ?? "",
    capacityOnSite: workshop.capacities.onSite?.toString() ?? "",
    capacityOnline: workshop.capacities.online?.toString() ?? "",
    groups: groups.map((g) => g.topic).join("\n"),
    measure: workshop.measureSlug ?? "",
    arenaEntry: workshop.arenaEntryNumber?.toString() ?? "",
  };
}

/** Creating or changing an event. */
export function EditorPage(props: {
  page: PageContext;
  action: string;
  workshop?: StoredWorkshop;
  values: FormValues;
  errors?: FieldErrors;
}) {
  const { page, values, errors } = props;
  const { t } = page;
  const title = props.workshop
    ? t("workshops.editor.editTitle", { title: props.workshop.title })
    : t("workshops.editor.newTitle");
  const field = { errors, values };
  return (
    <Layout page={page} title={title} section="workshops">
      <Breadcrumb page={page} workshop={props.workshop} />
      <h1>{title}</h1>
      <ErrorSummary page={page} errors={errors} />
      <Form page={page} action={props.action}>
        {!props.workshop && values.process && <input type="hidden" name="process" value={values.process} />}
        <TextField name="title" label={t("workshops.editor.title")} required {...field} />
        <TextArea name="description" label={t("workshops.editor.description")} rows={4} {...field} />
        <TextArea
          name="agenda"
          label={t("workshops.editor.agenda")}
          hint={t("workshops.editor.agendaHint")}
          rows={5}
          {...field}
        />
        <SelectField
          name="format"
          label={t("workshops.editor.format")}
          options={workshopFormats.map((format) => ({ value: format, label: t(`workshops.format.${format}`) }))}
          required
          {...field}
        />
        <TextField
          name="day"
          type="date"
          label={t("workshops.editor.day")}
          hint={t("workshops.editor.dayHint")}
          required
          {...field}
        />
        <TextField
          name="startTime"
          label={t("workshops.editor.startTime")}
          hint={t("workshops.editor.timeHint")}
          inputmode="numeric"
          required
          {...field}
        />
        <TextField
          name="endTime"
          label={t("workshops.editor.endTime")}
          hint={t("workshops.editor.timeHint")}
          inputmode="numeric"
          required
          {...field}
        />
        <TextArea
          name="venue"
          label={t("workshops.editor.venue")}
          hint={t("workshops.editor.onSiteHint")}
          rows={2}
          {...field}
        />
        <TextArea
          name="accessibility"
          label={t("workshops.editor.accessibility")}
          hint={t("workshops.editor.accessibilityHint")}
          rows={3}
          {...field}
        />
        <TextField
          name="capacityOnSite"
          label={t("workshops.editor.capacityOnSite")}
          hint={t("workshops.editor.onSiteHint")}
          inputmode="numeric"
          {...field}
        />
        <TextField
          name="onlineUrl"
          type="url"
          label={t("workshops.editor.onlineUrl")}
          hint={t("workshops.editor.onlineUrlHint")}
          {...field}
        />
        <TextField
          name="capacityOnline"
          label={t("workshops.editor.capacityOnline")}
          hint={t("workshops.editor.onlineHint")}
          inputmode="numeric"
          {...field}
        />
        <TextArea
          name="groups"
          label={t("workshops.editor.groups")}
          hint={t("workshops.editor.groupsHint")}
          rows={4}
          {...field}
        />
        <TextField
          name="measure"
          label={t("workshops.editor.measure")}
          hint={t("workshops.editor.measureHint")}
          {...field}
        />
        <TextField
          name="arenaEntry"
          label={t("workshops.editor.arenaEntry")}
          hint={t("workshops.editor.arenaEntryHint")}
          inputmode="numeric"
          {...field}
        />
        <SubmitButton>{props.workshop ? t("workshops.editor.save") : t("workshops.editor.create")}</SubmitButton>
      </Form>
    </Layout>
  );
}

/** After the event: how many came, a summary, the results and the follow-ups. */
export function DocumentationPage(props: {
  page: PageContext;
  workshop: StoredWorkshop;
  values: FormValues;
  errors?: FieldErrors;
  photos: WorkshopPhoto[];
  /** A refused photo upload: its messages and the description typed. */
  photoForm?: SentForm;
}) {
  const { page, workshop, values, errors, photoForm } = props;
  const { t } = page;
  const title = t("workshops.documentationForm.title", { title: workshop.title });
  const field = { errors, values };
  return (
    <Layout page={page} title={title} section="workshops">
      <Breadcrumb page={page} workshop={workshop} />
      <h1>{title}</h1>
      <p>{t("workshops.documentationForm.lead")}</p>
      <ErrorSummary page={page} errors={photoForm ? photoForm.errors : errors} />
      <Form page={page} action={`${workshopPath(workshop.id)}/documentation`}>
        {workshop.format !== "online" && (
          <TextField
            name="attendedOnSite"
            label={t("workshops.documentation.attendedOnSite")}
            inputmode="numeric"
            {...field}
          />
        )}
        {workshop.format !== "on_site" && (
          <TextField
            name="attendedOnline"
            label={t("workshops.documentation.attendedOnline")}
            inputmode="numeric"
            {...field}
          />
        )}
        <TextArea name="summary" label={t("workshops.documentation.summary")} rows={5} {...field} />
        <TextArea name="results" label={t("workshops.documentation.results")} rows={6} {...field} />
        <TextArea
          name="followUps"
          label={t("workshops.documentation.followUps")}
          hint={t("workshops.documentationForm.followUpsHint")}
          rows={4}
          {...field}
        />
        <SubmitButton>{t("workshops.documentationForm.submit")}</SubmitButton>
      </Form>
      <PhotoUploads
        page={page}
        workshopId={workshop.id}
        photos={props.photos}
        errors={photoForm?.errors}
        values={photoForm?.values}
      />
    </Layout>
  );
}

/** The personal cancel link: asks once more before the seat is given back. */
export function CancelPage(props: {
  page: PageContext;
  token: string;
  title: string | null;
  done?: boolean;
  error?: string;
}) {
  const { page } = props;
  const { t } = page;
  return (
    <Layout page={page} title={t("workshops.cancel.title")} section="workshops">
      <h1>{t("workshops.cancel.title")}</h1>
      {props.error ? (
        <p>{props.error}</p>
      ) : props.done ? (
        <>
          <p role="status">{t("workshops.cancel.done", { title: props.title ?? "" })}</p>
          <p>
            <a href="/workshops">{t("workshops.cancel.back")}</a>
          </p>
        </>
      ) : (
        <>
          <p>{t("workshops.cancel.question", { title: props.title ?? "" })}</p>
          <Form page={page} action="/workshops/cancel">
            <input type="hidden" name="token" value={props.token} />
            <SubmitButton variant="danger">{t("workshops.cancel.submit")}</SubmitButton>
          </Form>
        </>
      )}
    </Layout>
  );
}
