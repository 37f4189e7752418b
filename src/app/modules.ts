import { accountsModule } from "../modules/accounts";
import { adminModule } from "../modules/admin";
import { arenaModule } from "../modules/arena";
import { budgetModule } from "../modules/budget";
import { commentsModule } from "../modules/comments";
import { moderationModule } from "../modules/moderation";
import { monitoringModule } from "../modules/monitoring";
import { notificationsModule } from "../modules/notifications";
import { panelModule } from "../modules/panel";
import { participationModule } from "../modules/participation";
import { siteModule } from "../modules/site";
import { strategyModule } from "../modules/strategy";
import { workshopsModule } from "../modules/workshops";
import { auditLabelMessages } from "../platform/audit/labels";
import { registerContributions } from "../platform/contributions/contributions";
import { registerMessages } from "../platform/i18n/i18n";
import { registerIdeaCalls } from "../platform/idea-calls/idea-calls";
import type { ModuleManifest } from "../platform/module";
import { defineActions } from "../platform/permissions/permissions";
import { registerPersonalData } from "../platform/personal-data/hook";
import { platformModule } from "../platform/platform-module";
import { registerResourceKinds } from "../platform/resources/resources";

/** Every module of the application, in the order their routes are mounted. */
export const modules: readonly ModuleManifest[] = [
  platformModule,
  accountsModule,
  adminModule,
  siteModule,
  strategyModule,
  panelModule,
  budgetModule,
  notificationsModule,
  moderationModule,
  commentsModule,
  arenaModule,
  monitoringModule,
  workshopsModule,
  participationModule,
];

let registered = false;
/** Registers the modules' messages, actions, audit labels, idea calls and personal-data hooks once per process. */
export function registerModules(): readonly ModuleManifest[] {
  if (!registered) {
    for (const module of modules) {
      if (module.messages) registerMessages(module.messages);
      if (module.actions) defineActions(module.actions);
      if (module.auditLabels) registerMessages(auditLabelMessages(module.auditLabels));
      registerMessages(module.privacy.messages);
      if (module.contributes?.messages) registerMessages(module.contributes.messages);
      registerContributions(module);
      if (module.resources) registerResourceKinds(module.resources);
      if (module.ideaCalls) registerIdeaCalls(module.ideaCalls);
      if (module.personalData) {
        registerPersonalData(module.name, module.personalData);
        if (module.personalData.messages) registerMessages(module.personalData.messages);
      }
    }
    registered = true;
  }
  return modules;
}
