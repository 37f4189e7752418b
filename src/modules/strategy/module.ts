import type { ModuleManifest } from "../../platform/module";
import { registerStrategyCommands } from "./cli/strategy-commands";
import { strategyPersonalData } from "./data/personal-data";
import { strategyApi } from "./http/api";
import { strategyRoutes } from "./http/routes";
import { seedStrategy } from "./use-cases/seed-demo-strategy";
import { strategySiteContributions } from "./use-cases/site-contributions";
import { strategyAuditLabels } from "./views/audit-labels";
import { districtMessages } from "./views/district-messages";
import { strategyMessages } from "./views/messages";
import { strategyPrivacy } from "./views/privacy";
import { strategySiteMessages } from "./views/site-messages";

/** Strategy catalogue: values compass, clusters, action fields, organisations, measures and their teams. */
export const strategyModule: ModuleManifest = {
  name: "strategy",
  privacy: strategyPrivacy,
  contributes: { ...strategySiteContributions, messages: strategySiteMessages },
  actions: {
    "strategy.measure.create": { roles: ["strategy_office"] },
    "strategy.measure.edit": { roles: ["strategy_office"] },
    "strategy.measure.changeStatus": { roles: ["strategy_office"] },
    "strategy.measure.editTexts": { roles: ["strategy_office"], scopedRoles: ["team_member"] },
    "strategy.measure.editTeam": { roles: ["strategy_office"], scopedRoles: ["team_member"] },
    "strategy.measure.assess": { roles: ["strategy_office"], scopedRoles: ["team_member"] },
    "strategy.actionField.save": { roles: ["strategy_office"] },
    "strategy.organisation.save": { roles: ["strategy_office"] },
    "strategy.catalogue.import": { roles: ["strategy_office"] },
  },
  messages: {
    de: { ...strategyMessages.de, ...districtMessages.de },
    en: { ...strategyMessages.en, ...districtMessages.en },
  },
  auditLabels: strategyAuditLabels,
  personalData: strategyPersonalData,
  routes: strategyRoutes,
  api: strategyApi,
  seed: seedStrategy,
  cli: (program, { open, print }) => registerStrategyCommands(program, open, print),
};
