import type { Context, Hono } from "hono";
import { stream } from "hono/streaming";
import { BadRequest, Conflict, Forbidden, Invalid, NotFound, Unauthenticated } from "../../../platform/errors/errors";
import { fieldErrors } from "../../../platform/forms/forms";
import type { AppEnv } from "../../../platform/http/env";
import { type Actor, can } from "../../../platform/permissions/permissions";
import { isDistrictKey } from "../../../platform/reference-data";
import { pageContext } from "../../../ui/page-context";
import { currentAssessments } from "../domain/assessment";
import { assessMeasure } from "../use-cases/assess-measure";
import { changeMeasureStatus } from "../use-cases/change-measure-status";
import { createMeasure } from "../use-cases/create-measure";
import { editMeasureDetails } from "../use-cases/edit-measure-details";
import { editMeasureTeam } from "../use-cases/edit-measure-team";
import { editMeasureTexts } from "../use-cases/edit-measure-texts";
import {
  assessmentHistory,
  cachedReference,
  findActionField,
  findMeasureBySlug,
  findOrganisation,
  listMeasures,
  listVersions,
  type MeasureFilter,
  measureCountsByActionField,
  measureCountsByDistrict,
  organisationChoices,
  organisationsOf,
} from "../use-cases/read-catalogue";
import { createActionField, editActionField } from "../use-cases/save-action-field";
import { createOrganisation, editOrganisation } from "../use-cases/save-organisation";
import {
  ActionFieldFormPage,
  ActionFieldPage,
  DistrictPage,
  DistrictsPage,
  OrganisationFormPage,
  OrganisationPage,
} from "../views/catalogue-pages";
import {
  assessmentForm,
  compactRows,
  detailsForm,
  type EditPart,
  editParts,
  type FlatForm,
  flatFormOf,
  rowsOf,
  statusForm,
  teamForm,
  textsForm,
} from "../views/edit-forms";
import { MeasureEditPage, MeasureNewPage } from "../views/measure-edit-page";
import { MeasurePage, VERSIONS_PAGE_SIZE } from "../views/measure-page";
import { MeasuresPage } from "../views/measures-page";
import { StrategyPage } from "../views/strategy-page";
import { measuresCsv, measuresJson } from "./export";
import { apiFilter, apiListQuery, readListQuery } from "./filters";
import { cachedAnswer } from "./page-cache";

type C = Context<AppEnv>;

/**
 * Submitted forms are plain text maps; the use case's Zod schema checks and converts them, so they
 * are handed over as the schema's input type.
 */
const formInput = (form: Record<string, unknown>): never => form as never;

const invocation = (c: C) => ({ actor: c.get("state").actor, requestId: c.get("state").requestId });
const actorOf = (c: C): Actor => c.get("state").actor;
const measure = (slug: string) => ({ type: "measure", id: slug });

/** Which of the edit page's forms the actor may use on this measure. */
function editPermissions(actor: Actor, slug: string) {
  return {
    texts: can(actor, "strategy.measure.editTexts", measure(slug)),
    status: can(actor, "strategy.measure.changeStatus", measure(slug)),
    details: can(actor, "strategy.measure.edit", measure(slug)),
    team: can(actor, "strategy.measure.editTeam", measure(slug)),
    assessment: can(actor, "strategy.measure.assess", measure(slug)),
  };
}

function requirePermission(c: C, allowed: boolean): void {
  if (allowed) return;
  throw actorOf(c).kind === "guest" ? new Unauthenticated("errors.unauthenticated") : new Forbidden("errors.forbidden");
}

const pageNumber = (raw: string | undefined) => {
  const n = Number(raw ?? "1");
  return Number.isInteger(n) && n >= 1 && n <= 100_000 ? n : 1;
};

async function measuresOf(c: C, filter: MeasureFilter) {
  const { locale } = c.get("state");
  const page = pageNumber(c.req.query("page"));
  const pageSize = 20;
  const list = await listMeasures(c.get("deps").database.db, filter, {
    sort: "title",
    locale,
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });
  return { ...list, page, pageSize };
}

async function exportResponse(c: C, format: "csv" | "json"): Promise<Response> {
  const deps = c.get("deps");
  const parsed = apiListQuery.safeParse(c.req.query());
  if (!parsed.success) {
    throw new BadRequest(
      "errors.invalidQuery",
      parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })),
    );
  }
  const reference = await cachedReference(deps.database.db);
  const filter = apiFilter(parsed.data, reference, c.get("state").t);
  const chunks = format === "csv" ? measuresCsv(deps, filter, reference) : measuresJson(deps, filter, reference);
  c.header("Content-Type", format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8");
  c.header("Content-Disposition", `attachment; filename="measures.${format}"`);
  return stream(c, async (s) => {
    for await (const chunk of chunks) await s.write(chunk);
  });
}

export function strategyRoutes(app: Hono<AppEnv>): void {
  app.get("/strategy", (c) =>
    cachedAnswer(c, async (version) => {
      const db = c.get("deps").database.db;
      const [reference, counts] = await Promise.all([cachedReference(db, version), measureCountsByActionField(db)]);
      return c.html(
        <StrategyPage
          page={pageContext(c)}
          reference={reference}
          countsByActionField={counts}
          canEdit={can(actorOf(c), "strategy.actionField.save")}
        />,
      );
    }),
  );

  app.get("/measures", (c) =>
    cachedAnswer(c, async (version) => {
      const db = c.get("deps").database.db;
      const state = c.get("state");
      const reference = await cachedReference(db, version);
      const request = readListQuery(c.req.query(), reference);
      const { items, total } = await listMeasures(db, request.filter, {
        sort: request.sort,
        locale: state.locale,
        limit: request.pageSize,
        offset: (request.page - 1) * request.pageSize,
      });
      return c.html(
        <MeasuresPage
          page={pageContext(c)}
          reference={reference}
          request={request}
          items={items}
          total={total}
          canCreate={can(state.actor, "strategy.measure.create")}
        />,
      );
    }),
  );

  app.get("/measures/export.csv", (c) => exportResponse(c, "csv"));
  app.get("/measures/export.json", (c) => exportResponse(c, "json"));

  app.get("/measures/new", async (c) => {
    requirePermission(c, can(actorOf(c), "strategy.measure.create"));
    const db = c.get("deps").database.db;
    const [reference, organisations] = await Promise.all([cachedReference(db), organisationChoices(db)]);
    return c.html(
      <MeasureNewPage page={pageContext(c)} reference={reference} organisations={organisations} form={{}} />,
    );
  });

  app.post("/measures/new", async (c) => {
    const form = flatFormOf(await c.req.parseBody({ all: true }));
    try {
      const created = await createMeasure(c.get("deps"), invocation(c), formInput(form));
      return c.redirect(`/measures/${created.slug}/edit`, 303);
    } catch (error) {
      if (!(error instanceof Invalid) || error.status !== 422) throw error;
      const db = c.get("deps").database.db;
      const [reference, organisations] = await Promise.all([cachedReference(db), organisationChoices(db)]);
      return c.html(
        <MeasureNewPage
          page={pageContext(c)}
          reference={reference}
          organisations={organisations}
          form={form}
          errors={fieldErrors(error.issues, c.get("state").t)}
        />,
        422,
      );
    }
  });

  app.get("/measures/:slug", (c) =>
    cachedAnswer(c, async (version) => {
      const deps = c.get("deps");
      const db = deps.database.db;
      const found = await findMeasureBySlug(db, c.req.param("slug"));
      if (!found) throw new NotFound("strategy.measure.notFound");
      const versionsPage = pageNumber(c.req.query("versions"));
      const [reference, organisations, assessments, versions] = await Promise.all([
        cachedReference(db, version),
        organisationsOf(deps, [found.content]),
        assessmentHistory(db, found.id),
        listVersions(db, found.id, { limit: VERSIONS_PAGE_SIZE, offset: (versionsPage - 1) * VERSIONS_PAGE_SIZE }),
      ]);
      const permissions = editPermissions(actorOf(c), found.slug);
      return c.html(
        <MeasurePage
          page={pageContext(c)}
          measure={found}
          reference={reference}
          organisations={organisations}
          assessments={assessments}
          versions={{ ...versions, page: versionsPage }}
          canEdit={Object.values(permissions).some(Boolean)}
          saved={c.req.query("saved") === "1"}
        />,
      );
    }),
  );

  async function editPage(
    c: C,
    slug: string,
    submitted?: Parameters<typeof MeasureEditPage>[0]["submitted"],
    status: 200 | 409 | 422 = 200,
  ) {
    const db = c.get("deps").database.db;
    const found = await findMeasureBySlug(db, slug);
    if (!found) throw new NotFound("strategy.measure.notFound");
    const permissions = editPermissions(actorOf(c), found.slug);
    requirePermission(c, Object.values(permissions).some(Boolean));
    const [reference, organisations, assessments] = await Promise.all([
      cachedReference(db),
      organisationChoices(db),
      assessmentHistory(db, found.id),
    ]);
    const forms: Record<EditPart, FlatForm> = {
      texts: textsForm(found.content),
      status: statusForm(found.content),
      details: detailsForm(found.content),
      team: teamForm(found.content),
      assessment: assessmentForm(reference.values, currentAssessments(assessments)),
    };
    // A conflict compares what was entered with the part as saved now.
    const shown = submitted?.conflict
      ? { ...submitted, conflict: { saved: forms[submitted.part], savedVersion: found.version } }
      : submitted;
    return c.html(
      <MeasureEditPage
        page={pageContext(c)}
        measure={found}
        reference={reference}
        organisations={organisations}
        forms={forms}
        permissions={permissions}
        submitted={shown}
      />,
      status,
    );
  }

  app.get("/measures/:slug/edit", (c) => editPage(c, c.req.param("slug")));

  app.post("/measures/:slug/edit", async (c) => {
    const slug = c.req.param("slug");
    const body = await c.req.parseBody({ all: true });
    const part = typeof body.part === "string" ? body.part : "";
    if (!(editParts as readonly string[]).includes(part)) throw new BadRequest("strategy.edit.unknownPart");
    const editPart = part as EditPart;
    const version = typeof body.version === "string" ? body.version : "";
    const deps = c.get("deps");
    const raw = flatFormOf(body);
    const form =
      editPart === "team"
        ? compactRows(raw, ["team"])
        : editPart === "details"
          ? compactRows(raw, ["resources", "links"])
          : raw;
    try {
      switch (editPart) {
        case "texts":
          await editMeasureTexts(deps, invocation(c), formInput({ ...form, slug, version }));
          break;
        case "status":
          await changeMeasureStatus(
            deps,
            invocation(c),
            formInput({ slug, version, status: form.status, phase: form.phase }),
          );
          break;
        case "details":
          await editMeasureDetails(
            deps,
            invocation(c),
            formInput({
              ...form,
              slug,
              version,
              resources: rowsOf(form, "resources"),
              links: rowsOf(form, "links"),
            }),
          );
          break;
        case "team":
          await editMeasureTeam(deps, invocation(c), formInput({ slug, version, team: rowsOf(form, "team") }));
          break;
        case "assessment":
          await assessMeasure(
            deps,
            invocation(c),
            formInput({ slug, version, assessments: rowsOf(form, "assessments", true) }),
          );
          break;
      }
      return c.redirect(`/measures/${slug}?saved=1`, 303);
    } catch (error) {
      if (error instanceof Conflict) {
        return editPage(c, slug, { part: editPart, form, conflict: { saved: {}, savedVersion: 0 } }, 409);
      }
      if (error instanceof Invalid && error.status === 422) {
        return editPage(c, slug, { part: editPart, form, errors: fieldErrors(error.issues, c.get("state").t) }, 422);
      }
      throw error;
    }
  });

  // ---------- action fields ----------

  app.get("/action-fields/new", async (c) => {
    requirePermission(c, can(actorOf(c), "strategy.actionField.save"));
    const reference = await cachedReference(c.get("deps").database.db);
    return c.html(<ActionFieldFormPage page={pageContext(c)} reference={reference} field={null} form={{}} />);
  });

  app.post("/action-fields/new", async (c) => {
    const form = flatFormOf(await c.req.parseBody({ all: true }));
    try {
      const created = await createActionField(c.get("deps"), invocation(c), formInput(form));
      return c.redirect(`/action-fields/${encodeURIComponent(created.id)}?saved=1`, 303);
    } catch (error) {
      if (!(error instanceof Invalid) || error.status !== 422) throw error;
      const reference = await cachedReference(c.get("deps").database.db);
      return c.html(
        <ActionFieldFormPage
          page={pageContext(c)}
          reference={reference}
          field={null}
          form={form}
          errors={fieldErrors(error.issues, c.get("state").t)}
        />,
        422,
      );
    }
  });

  app.get("/action-fields/:id", (c) =>
    cachedAnswer(c, async (version) => {
      const db = c.get("deps").database.db;
      const field = await findActionField(db, c.req.param("id"));
      if (!field) throw new NotFound("strategy.actionField.notFound");
      const [reference, measures] = await Promise.all([
        cachedReference(db, version),
        measuresOf(c, { actionField: field.id }),
      ]);
      return c.html(
        <ActionFieldPage
          page={pageContext(c)}
          reference={reference}
          field={field}
          measures={measures}
          canEdit={can(actorOf(c), "strategy.actionField.save")}
          saved={c.req.query("saved") === "1"}
        />,
      );
    }),
  );

  async function actionFieldEditPage(
    c: C,
    form?: FlatForm,
    errors?: Record<string, string>,
    conflict = false,
    status: 200 | 409 | 422 = 200,
  ) {
    requirePermission(c, can(actorOf(c), "strategy.actionField.save"));
    const db = c.get("deps").database.db;
    const field = await findActionField(db, c.req.param("id") ?? "");
    if (!field) throw new NotFound("strategy.actionField.notFound");
    const reference = await cachedReference(db);
    const saved: FlatForm = {
      cluster: field.clusterId,
      name_de: field.name.de,
      name_en: field.name.en,
      description_de: field.description.de,
      description_en: field.description.en,
    };
    return c.html(
      <ActionFieldFormPage
        page={pageContext(c)}
        reference={reference}
        field={field}
        form={form ?? saved}
        errors={errors}
        conflict={conflict}
      />,
      status,
    );
  }

  app.get("/action-fields/:id/edit", (c) => actionFieldEditPage(c));
  app.post("/action-fields/:id/edit", async (c) => {
    const body = await c.req.parseBody({ all: true });
    const form = flatFormOf(body);
    try {
      await editActionField(
        c.get("deps"),
        invocation(c),
        formInput({ ...form, id: c.req.param("id"), version: body.version }),
      );
      return c.redirect(`/action-fields/${encodeURIComponent(c.req.param("id"))}?saved=1`, 303);
    } catch (error) {
      if (error instanceof Conflict) return actionFieldEditPage(c, form, undefined, true, 409);
      if (error instanceof Invalid && error.status === 422) {
        return actionFieldEditPage(c, form, fieldErrors(error.issues, c.get("state").t), false, 422);
      }
      throw error;
    }
  });

  // ---------- organisations ----------

  app.get("/organisations/new", (c) => {
    requirePermission(c, can(actorOf(c), "strategy.organisation.save"));
    return c.html(<OrganisationFormPage page={pageContext(c)} organisation={null} form={{}} />);
  });

  app.post("/organisations/new", async (c) => {
    const form = flatFormOf(await c.req.parseBody({ all: true }));
    try {
      const created = await createOrganisation(c.get("deps"), invocation(c), formInput(form));
      return c.redirect(`/organisations/${encodeURIComponent(created.id)}?saved=1`, 303);
    } catch (error) {
      if (!(error instanceof Invalid) || error.status !== 422) throw error;
      return c.html(
        <OrganisationFormPage
          page={pageContext(c)}
          organisation={null}
          form={form}
          errors={fieldErrors(error.issues, c.get("state").t)}
        />,
        422,
      );
    }
  });

  app.get("/organisations/:id", (c) =>
    cachedAnswer(c, async (version) => {
      const db = c.get("deps").database.db;
      const organisation = await findOrganisation(db, c.req.param("id"));
      if (!organisation) throw new NotFound("strategy.organisation.notFound");
      const [reference, measures] = await Promise.all([
        cachedReference(db, version),
        measuresOf(c, { organisation: organisation.id }),
      ]);
      return c.html(
        <OrganisationPage
          page={pageContext(c)}
          reference={reference}
          organisation={organisation}
          measures={measures}
          canEdit={can(actorOf(c), "strategy.organisation.save")}
          saved={c.req.query("saved") === "1"}
        />,
      );
    }),
  );

  async function organisationEditPage(
    c: C,
    form?: FlatForm,
    errors?: Record<string, string>,
    conflict = false,
    status: 200 | 409 | 422 = 200,
  ) {
    requirePermission(c, can(actorOf(c), "strategy.organisation.save"));
    const organisation = await findOrganisation(c.get("deps").database.db, c.req.param("id") ?? "");
    if (!organisation) throw new NotFound("strategy.organisation.notFound");
    const saved: FlatForm = {
      name_de: organisation.name.de,
      name_en: organisation.name.en,
      kind: organisation.kind ?? "",
    };
    return c.html(
      <OrganisationFormPage
        page={pageContext(c)}
        organisation={organisation}
        form={form ?? saved}
        errors={errors}
        conflict={conflict}
      />,
      status,
    );
  }

  app.get("/organisations/:id/edit", (c) => organisationEditPage(c));
  app.post("/organisations/:id/edit", async (c) => {
    const body = await c.req.parseBody({ all: true });
    const form = flatFormOf(body);
    try {
      await editOrganisation(
        c.get("deps"),
        invocation(c),
        formInput({ ...form, id: c.req.param("id"), version: body.version }),
      );
      return c.redirect(`/organisations/${encodeURIComponent(c.req.param("id"))}?saved=1`, 303);
    } catch (error) {
      if (error instanceof Conflict) return organisationEditPage(c, form, undefined, true, 409);
      if (error instanceof Invalid && error.status === 422) {
        return organisationEditPage(c, form, fieldErrors(error.issues, c.get("state").t), false, 422);
      }
      throw error;
    }
  });

  // ---------- districts ----------

  app.get("/districts", (c) =>
    cachedAnswer(c, async () => {
      const counts = await measureCountsByDistrict(c.get("deps").database.db);
      return c.html(<DistrictsPage page={pageContext(c)} counts={counts.byDistrict} cityWide={counts.cityWide} />);
    }),
  );

  app.get("/districts/:id", (c) =>
    cachedAnswer(c, async (version) => {
      const id = c.req.param("id");
      if (!isDistrictKey(id)) throw new NotFound("strategy.district.notFound");
      const db = c.get("deps").database.db;
      const [reference, measures, counts] = await Promise.all([
        cachedReference(db, version),
        measuresOf(c, { district: id }),
        measureCountsByDistrict(db),
      ]);
      return c.html(
        <DistrictPage
          page={pageContext(c)}
          reference={reference}
          district={id}
          measures={measures}
          cityWide={counts.cityWide}
        />,
      );
    }),
  );
}
