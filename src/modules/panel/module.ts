import type { Deps } from "../../platform/deps";
import type { ModuleManifest } from "../../platform/module";
import { registerPanelCommands } from "./cli/panel-commands";
import { findPanelByName } from "./data/queries";
import { panelApi } from "./http/api";
import { panelLetterRoutes } from "./http/letter-routes";
import { panelRoutes } from "./http/routes";
import { deleteExpiredPersonalData } from "./use-cases/delete-expired-personal-data";
import { resumeQueuedSelections } from "./use-cases/resume-queued-selections";
import { DEMO_PANEL_NAME, seedDemoPanel } from "./use-cases/seed-demo-panel";
import { panelSiteContributions } from "./use-cases/site-contributions";
import { panelAuditLabels } from "./views/audit-labels";
import { panelMessages } from "./views/messages";
import { panelPrivacy } from "./views/privacy";
import { panelSiteMessages } from "./views/site-messages";

const coordinator = { roles: ["strategy_office" as const] };

/**
 * The citizen panel process: invitations with personal codes, registration with the feature
 * questions, the fair lottery (LEXIMIN) as a background job, the published list, the public draw
 * and the replacement of members who drop out.
 */
export const panelModule: ModuleManifest = {
  name: "panel",
  privacy: panelPrivacy,
  contributes: { ...panelSiteContributions, messages: panelSiteMessages },
  messages: panelMessages,
  auditLabels: panelAuditLabels,
  actions: {
    "panel.manage": coordinator,
    "panel.create": coordinator,
    "panel.update": coordinator,
    "panel.invitations.upload": coordinator,
    "panel.invitations.send": coordinator,
    "panel.selection.start": coordinator,
    "panel.lottery.publish": coordinator,
    "panel.draw": coordinator,
    /** Replacing a member who dropped out is part of the draw, so it needs the same role. */
    "panel.replace": coordinator,
    "panel.personalData.delete": coordinator,
    /** Invited people register without an account: the invitation code is their proof. */
    "panel.register": { roles: ["resident"], guests: true },
    /** Only the selection job and the seed (system actors) write these. */
    "panel.selection.record": { roles: [] },
    "panel.seed": { roles: [] },
  },
  routes: (app) => {
    panelRoutes(app);
    panelLetterRoutes(app);
  },
  api: panelApi,
  // A register extract of a large district is tens of megabytes; the sample drawn from it is far smaller.
  uploads: [
    { path: "/panels/:id/sample/draw", maxBytes: 50 * 1024 * 1024 },
    { path: "/panels/:id/sample", maxBytes: 10 * 1024 * 1024 },
  ],
  seed: async (deps: Deps) => {
    if (await findPanelByName(deps.database.db, DEMO_PANEL_NAME)) return;
    await seedDemoPanel(deps, { actor: { kind: "system", label: "demo seed" } }, {});
  },
  jobs: [
    {
      name: "panel.retention",
      everyMs: 60 * 60 * 1000,
      run: async (deps) => void (await deleteExpiredPersonalData(deps)),
    },
    { name: "panel.selection.resume", everyMs: 60 * 1000, run: resumeQueuedSelections },
  ],
  cli: (program) => registerPanelCommands(program),
};
