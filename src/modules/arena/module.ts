import type { ModuleManifest } from "../../platform/module";
import { arenaPersonalData } from "./data/personal-data";
import { UPLOAD_BODY_BYTES } from "./domain/attachments";
import { arenaApi } from "./http/api";
import { arenaRoutes } from "./http/routes";
import { entryResource } from "./use-cases/entry-resource";
import { seedArena } from "./use-cases/seed-demo-arena";
import { arenaSiteContributions } from "./use-cases/site-contributions";
import { arenaAuditLabels } from "./views/audit-labels";
import { arenaMessages } from "./views/messages";
import { arenaPrivacy } from "./views/privacy";

const office = { roles: ["strategy_office" as const] };
const everyAccount = { roles: ["resident" as const] };

/**
 * The Arena of Ideas: residents, initiatives, companies, researchers and the administration bring
 * in ideas, challenges, projects, cooperation offers and events; others support, discuss and join
 * them; the office answers every entry in public and takes the best into the strategy.
 */
export const arenaModule: ModuleManifest = {
  name: "arena",
  privacy: arenaPrivacy,
  messages: arenaMessages,
  auditLabels: arenaAuditLabels,
  contributes: arenaSiteContributions,
  resources: [entryResource],
  actions: {
    "arena.submit": everyAccount,
    /** Only the author, checked by the use case, and only until qualification starts. */
    "arena.edit": everyAccount,
    "arena.support": everyAccount,
    "arena.collaborate": everyAccount,
    /** States with their public explanations, consortia, acceptance as a measure. */
    "arena.manage": office,
    "arena.seed": { roles: [] },
  },
  routes: arenaRoutes,
  // One image or PDF of at most 5 MB with its description (domain/attachments.ts).
  uploads: [{ path: "/arena/drafts/:id/attachments", maxBytes: UPLOAD_BODY_BYTES }],
  api: arenaApi,
  personalData: arenaPersonalData,
  seed: seedArena,
};
