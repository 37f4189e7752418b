import type { Hono } from "hono";
import { pageQuery } from "../../../platform/api/pagination";
import { requestCounters } from "../../../platform/cache/change-counters";
import { cachedDownload, cachedPage } from "../../../platform/http/page-cache";
import { Conflict, Invalid } from "../../../platform/errors/errors";
import { type FieldErrors, fieldErrors, formValues } from "../../../platform/forms/forms";
import type { AppContext, AppEnv } from "../../../platform/http/env";
import { invocation } from "../../../platform/http/invocation";
import { can } from "../../../platform/permissions/permissions";
import { requirePermission } from "../../../platform/permissions/require-permission";
import { pageContext } from "../../../ui/page-context";
import { drawInput } from "../domain/inputs";
import { quotaTableText } from "../domain/quota-table";
import { createPanel } from "../use-cases/create-panel";
import { deleteLetters } from "../use-cases/delete-letters";
import { deletePersonalData } from "../use-cases/delete-personal-data";
import { drawAddressSample } from "../use-cases/draw-address-sample";
import { drawPanel } from "../use-cases/draw-panel";
import { listPanels } from "../use-cases/list-panels";
import { type ManagedPanel, managedPanel } from "../use-cases/manage-panel";
import { PanelCsvInvalid } from "../use-cases/panel-csv-invalid";
import { publishLottery } from "../use-cases/publish-lottery";
import { readLotteryList } from "../use-cases/read-lottery-list";
import { registerVolunteer } from "../use-cases/register-volunteer";
import { replaceMember } from "../use-cases/replace-member";
import { sendInvitations } from "../use-cases/send-invitations";
import { publicPanel } from "../use-cases/show-panel";
import { startSelection } from "../use-cases/start-selection";
import { updateQuotas } from "../use-cases/update-quotas";
import { uploadAddressSample } from "../use-cases/upload-address-sample";
import { csvErrorText, numberText, panelName } from "../views/components";
import {
  ConfirmPanelActionPage,
  type ManageExtras,
  ManagePage,
  NewPanelPage,
  type PanelConfirmation,
} from "../views/coordinator-pages";
import { PanelListPage, PanelPage, VerifyPage } from "../views/public-pages";
import { featureField, RegisterPage } from "../views/register";
import { verificationScript } from "./verify-script";

const notices = new Set([
  "created",
  "uploaded",
  "sampleDrawn",
  "sent",
  "lettersDeleted",
  "quotas",
  "started",
  "published",
  "deleted",
]);

function text(body: Record<string, unknown>, name: string): string {
  const value = body[name];
  return typeof value === "string" ? value : "";
}

/** Field errors of a refused write, in the reader's language; CSV errors name their row and column. */
function errorsOf(c: AppContext, error: Invalid | Conflict, field: string): FieldErrors {
  const t = c.get("state").t;
  if (error instanceof PanelCsvInvalid) return { [error.field]: csvErrorText(t, error.detail) };
  if (error instanceof Invalid) return fieldErrors(error.issues, t);
  return { [field]: t(error.message) };
}

function refusal(error: unknown): error is Invalid | Conflict {
  return error instanceof Invalid || error instanceof Conflict;
}

async function renderManage(
  c: AppContext,
  id: string,
  extras: Partial<ManageExtras> = {},
  status: 200 | 409 | 422 = 200,
) {
  const state = c.get("state");
  const query = pageQuery((name) => c.req.query(name));
  const data = await managedPanel(c.get("deps"), state.actor, id, query.page, 50);
  return c.html(
    <ManagePage
      page={pageContext(c)}
      data={data}
      extras={{ quotasText: quotaTableText(data.panel.features), ...extras }}
    />,
    status,
  );
}

type Confirmation = (c: AppContext, data: ManagedPanel, body: Record<string, unknown>) => PanelConfirmation;

/**
 * An irreversible step asks first: without the confirmation field the POST changes nothing and
 * shows what will happen. Returns the confirmation page, or null when the step is confirmed.
 */
async function askFirst(c: AppContext, id: string, body: Record<string, unknown>, confirmation: Confirmation) {
  if (body.confirm === "yes") return null;
  const data = await managedPanel(c.get("deps"), c.get("state").actor, id, 1, 1);
  return c.html(
    <ConfirmPanelActionPage page={pageContext(c)} panel={data.panel} confirmation={confirmation(c, data, body)} />,
  );
}

/** A coordinator's button: run the use case, then back to the manage page with a notice or the refusal. */
function coordinatorAction(
  app: Hono<AppEnv>,
  path: string,
  notice: string,
  run: (c: AppContext, id: string, body: Record<string, unknown>) => Promise<unknown>,
  form?: ManageExtras["form"],
  field = "form",
  confirmation?: Confirmation,
) {
  app.post(`/panels/:id/${path}`, async (c) => {
    const id = c.req.param("id");
    const body = await c.req.parseBody();
    if (confirmation) {
      const page = await askFirst(c, id, body, confirmation);
      if (page) return page;
    }
    try {
      await run(c, id, body);
    } catch (error) {
      if (!refusal(error)) throw error;
      if (error instanceof Conflict) return renderManage(c, id, { problem: c.get("state").t(error.message) }, 409);
      return renderManage(
        c,
        id,
        { form, errors: errorsOf(c, error, field), values: formValues(body) },
        error.status as 409 | 422,
      );
    }
    return c.redirect(`/panels/${id}/manage?notice=${notice}`, 303);
  });
}

export function panelRoutes(app: Hono<AppEnv>): void {
  // Public pages and the lottery list are kept per process until a panel table changes (panel counter).
  app.get("/panels", async (c) =>
    cachedPage(c, { scope: "panel", version: (await requestCounters(c)).panel }, () => panelList(c)),
  );
  const panelList = async (c: AppContext) => {
    const query = pageQuery((name) => c.req.query(name));
    const list = await listPanels(c.get("deps"), query.page, query.pageSize);
    return c.html(
      <PanelListPage page={pageContext(c)} list={list} canCreate={can(c.get("state").actor, "panel.create")} />,
    );
  };

  // Before /panels/:id, which would take "verify.mjs" for a panel id.
  app.get("/panels/verify.mjs", (c) =>
    c.body(verificationScript(), 200, {
      "Content-Type": "text/javascript; charset=utf-8",
      "Content-Disposition": 'inline; filename="panel-verify.mjs"',
    }),
  );

  app.get("/panels/new", async (c) => {
    requirePermission(c.get("state").actor, "panel.manage");
    return c.html(<NewPanelPage page={pageContext(c)} />);
  });

  app.post("/panels/new", async (c) => {
    const body = await c.req.parseBody();
    const input = {
      name: text(body, "name"),
      description: text(body, "description"),
      size: text(body, "size"),
      lotterySize: text(body, "lotterySize") || undefined,
      retentionDays: text(body, "retentionDays") || undefined,
      quotas: text(body, "quotas"),
    };
    try {
      const { id } = await createPanel(c.get("deps"), invocation(c), input as never);
      return c.redirect(`/panels/${id}/manage?notice=created`, 303);
    } catch (error) {
      if (!refusal(error)) throw error;
      return c.html(
        <NewPanelPage page={pageContext(c)} errors={errorsOf(c, error, "form")} values={formValues(body)} />,
        error.status as 422,
      );
    }
  });

  app.get("/panels/:id", async (c) =>
    cachedPage(c, { scope: "panel", version: (await requestCounters(c)).panel }, async () => {
      const data = await publicPanel(c.get("deps"), c.get("state").actor, c.req.param("id"));
      return c.html(<PanelPage page={pageContext(c)} data={data} />);
    }),
  );

  app.get("/panels/:id/verify", async (c) => {
    const data = await publicPanel(c.get("deps"), c.get("state").actor, c.req.param("id"));
    return c.html(<VerifyPage page={pageContext(c)} data={data} script={verificationScript()} />);
  });

  app.get("/panels/:id/lottery.txt", async (c) =>
    cachedDownload(c, { scope: "panel", version: (await requestCounters(c)).panel }, async () => {
      const { text: list } = await readLotteryList(c.get("deps"), c.req.param("id"));
      return c.body(list, 200, {
        "Content-Type": "text/plain; charset=utf-8",
        "Content-Disposition": `attachment; filename="lottery-${c.req.param("id")}.txt"`,
      });
    }),
  );

  app.get("/panels/:id/register", async (c) => {
    const data = await publicPanel(c.get("deps"), c.get("state").actor, c.req.param("id"));
    const code = c.req.query("code");
    return c.html(<RegisterPage page={pageContext(c)} panel={data.panel} values={code ? { code } : undefined} />);
  });

  app.post("/panels/:id/register", async (c) => {
    const id = c.req.param("id");
    const { panel } = await publicPanel(c.get("deps"), c.get("state").actor, id);
    const body = await c.req.parseBody();
    const features: Record<string, string> = {};
    panel.features.forEach((f, i) => {
      features[f.name] = text(body, featureField(i));
    });
    const input = {
      panelId: id,
      code: text(body, "code"),
      name: text(body, "name"),
      email: text(body, "email"),
      locale: text(body, "locale") || undefined,
      features,
      consent: body.consent === "on",
    };
    try {
      const { pseudonym } = await registerVolunteer(c.get("deps"), invocation(c), input as never);
      return c.html(<RegisterPage page={pageContext(c)} panel={panel} pseudonym={pseudonym} />);
    } catch (error) {
      if (!refusal(error)) throw error;
      const errors = errorsOf(c, error, "code");
      // The use case names feature questions by feature; the form by position.
      for (const [i, f] of panel.features.entries()) {
        const message = errors[`feature.${f.name}`];
        if (message) {
          delete errors[`feature.${f.name}`];
          errors[featureField(i)] = message;
        }
      }
      return c.html(
        <RegisterPage page={pageContext(c)} panel={panel} errors={errors} values={formValues(body)} />,
        error.status as 422,
      );
    }
  });

  app.get("/panels/:id/manage", async (c) => {
    const notice = c.req.query("notice");
    return renderManage(c, c.req.param("id"), { notice: notice && notices.has(notice) ? notice : undefined });
  });

  app.post("/panels/:id/sample", async (c) => {
    const id = c.req.param("id");
    const body = await c.req.parseBody();
    const file = body.sample;
    const csv = file instanceof File ? await file.text() : "";
    try {
      await uploadAddressSample(c.get("deps"), invocation(c), { panelId: id, csv });
    } catch (error) {
      if (!refusal(error)) throw error;
      const errors =
        error instanceof PanelCsvInvalid || error instanceof Conflict
          ? errorsOf(c, error, "sample")
          : { sample: c.get("state").t("panel.errors.sampleRequired") };
      return renderManage(c, id, { form: "sample", errors }, error.status as 409 | 422);
    }
    return c.redirect(`/panels/${id}/manage?notice=uploaded`, 303);
  });

  app.post("/panels/:id/sample/draw", async (c) => {
    const id = c.req.param("id");
    const body = await c.req.parseBody();
    const file = body.extract;
    const csv = file instanceof File ? await file.text() : "";
    const input = { panelId: id, csv, seed: text(body, "seed"), count: text(body, "count") };
    try {
      await drawAddressSample(c.get("deps"), invocation(c), input as never);
    } catch (error) {
      if (!refusal(error)) throw error;
      const errors = errorsOf(c, error, "extract");
      if (errors.csv) {
        errors.extract = errors.csv;
        delete errors.csv;
      }
      return renderManage(c, id, { form: "extract", errors, values: formValues(body) }, error.status as 409 | 422);
    }
    return c.redirect(`/panels/${id}/manage?notice=sampleDrawn`, 303);
  });

  coordinatorAction(
    app,
    "invitations",
    "sent",
    (c, id) => sendInvitations(c.get("deps"), invocation(c), { panelId: id }),
    "sample",
    "sample",
  );
  coordinatorAction(
    app,
    "letters/delete",
    "lettersDeleted",
    (c, id) => deleteLetters(c.get("deps"), invocation(c), { panelId: id }),
    "sample",
    "sample",
    (c, data) => {
      const t = c.get("state").t;
      return {
        action: `/panels/${data.panel.id}/letters/delete`,
        title: t("panel.confirm.letters.title"),
        consequences: [
          t("panel.confirm.letters.what", { rows: numberText(c.get("state").locale, data.files.letters?.rows ?? 0) }),
          t("panel.confirm.irreversible"),
        ],
        confirmLabel: t("panel.confirm.letters.confirm"),
        danger: true,
      };
    },
  );
  coordinatorAction(
    app,
    "quotas",
    "quotas",
    (c, id, body) => updateQuotas(c.get("deps"), invocation(c), { panelId: id, quotas: text(body, "quotas") }),
    "quotas",
    "quotas",
  );
  coordinatorAction(
    app,
    "selection",
    "started",
    (c, id) => startSelection(c.get("deps"), invocation(c), { panelId: id }),
    "draw",
    "seed",
  );
  coordinatorAction(
    app,
    "publish",
    "published",
    (c, id) => publishLottery(c.get("deps"), invocation(c), { panelId: id }),
    "draw",
    "seed",
    (c, data) => {
      const t = c.get("state").t;
      const locale = c.get("state").locale;
      return {
        action: `/panels/${data.panel.id}/publish`,
        title: t("panel.confirm.publish.title"),
        consequences: [
          t("panel.confirm.publish.what", {
            size: numberText(locale, data.job?.outcome?.lotterySize ?? data.panel.lotterySize),
            pool: numberText(locale, data.poolSize),
          }),
          t("panel.confirm.publish.fixed"),
          t("panel.confirm.irreversible"),
        ],
        confirmLabel: t("panel.confirm.publish.confirm"),
      };
    },
  );
  coordinatorAction(
    app,
    "personal-data/delete",
    "deleted",
    (c, id) => deletePersonalData(c.get("deps"), invocation(c), { panelId: id }),
    "draw",
    "seed",
    (c, data) => {
      const t = c.get("state").t;
      return {
        action: `/panels/${data.panel.id}/personal-data/delete`,
        title: t("panel.confirm.personal.title"),
        consequences: [t("panel.confirm.personal.what"), t("panel.confirm.irreversible")],
        confirmLabel: t("panel.confirm.personal.confirm"),
        danger: true,
      };
    },
  );

  app.post("/panels/:id/draw", async (c) => {
    const id = c.req.param("id");
    const body = await c.req.parseBody();
    const t = c.get("state").t;
    // An empty or too long seed gets its error at once; a valid one is confirmed first.
    const seed = drawInput.shape.seed.safeParse(text(body, "seed"));
    if (seed.success) {
      const page = await askFirst(c, id, body, (_, data) => ({
        action: `/panels/${data.panel.id}/draw`,
        title: t("panel.confirm.draw.title"),
        consequences: [
          t("panel.confirm.draw.what", {
            seed: seed.data,
            size: numberText(c.get("state").locale, data.lottery?.size ?? data.panel.lotterySize),
            name: panelName(t, data.panel),
          }),
          t("panel.confirm.draw.mail"),
          t("panel.confirm.draw.once"),
        ],
        confirmLabel: t("panel.confirm.draw.confirm"),
        hidden: { seed: seed.data },
      }));
      if (page) return page;
    }
    try {
      const outcome = await drawPanel(c.get("deps"), invocation(c), { panelId: id, seed: text(body, "seed") });
      if (outcome.kind === "refused") {
        return renderManage(
          c,
          id,
          { drawMessage: { kind: "warning", text: t("panel.manage.refused", { seed: outcome.seed }) } },
          409,
        );
      }
      const key = outcome.kind === "drawn" ? "panel.manage.drawn" : "panel.manage.repeated";
      return renderManage(c, id, { drawMessage: { kind: "success", text: t(key, { number: outcome.panelNumber }) } });
    } catch (error) {
      if (!refusal(error)) throw error;
      if (error instanceof Conflict) return renderManage(c, id, { problem: t(error.message) }, 409);
      return renderManage(
        c,
        id,
        { form: "draw", errors: errorsOf(c, error, "seed"), values: formValues(body) },
        error.status as 409 | 422,
      );
    }
  });

  app.post("/panels/:id/replace", async (c) => {
    const id = c.req.param("id");
    const body = await c.req.parseBody();
    const t = c.get("state").t;
    try {
      const done = await replaceMember(c.get("deps"), invocation(c), { panelId: id, leaving: text(body, "leaving") });
      return renderManage(c, id, { drawMessage: { kind: "success", text: t("panel.manage.replaced", done) } });
    } catch (error) {
      if (!refusal(error)) throw error;
      if (error instanceof Conflict) return renderManage(c, id, { problem: t(error.message) }, 409);
      return renderManage(
        c,
        id,
        { form: "replace", errors: errorsOf(c, error, "leaving"), values: formValues(body) },
        error.status as 422,
      );
    }
  });
}
