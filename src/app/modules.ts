import { panelModule } from "../modules/panel/module";
import { budgetModule } from "../modules/budget/module";
import { siteModule } from "../modules/site";
import { strategyModule } from "../modules/strategy";
import { adminModule } from "../platform/admin/module";
import { authModule } from "../platform/auth/module";
import { registerMessages } from "../platform/i18n/i18n";
import type { ModuleManifest } from "../platform/module";
import { defineActions } from "../platform/permissions/permissions";
import { platformModule } from "../platform/platform-module";

/** Every module of the application, in the order their routes are mounted. */
export const modules: readonly ModuleManifest[] = [platformModule, authModule, adminModule, siteModule, strategyModule, panelModule, budgetModule];

let registered = false;
/** Registers the modules' messages and actions once per process. */
export function registerModules(): readonly ModuleManifest[] {
  if (!registered) {
    for (const module of modules) {
      if (module.messages) registerMessages(module.messages);
      if (module.actions) defineActions(module.actions);
    }
    registered = true;
  }
  return modules;
}
