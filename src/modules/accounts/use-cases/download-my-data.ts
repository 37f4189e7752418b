import type { Deps } from "../../../platform/deps";
import type { Translate } from "../../../platform/i18n/i18n";
import { actingUserId } from "../../../platform/identity/acting-user";
import type { Actor } from "../../../platform/permissions/permissions";
import { personalDataHooks } from "../../../platform/personal-data/hook";
import { accountRecords } from "../data/personal-data";

/**
 * Everything stored about one's own account, for "download my data": the platform's tables and,
 * under `modules`, each module's section from its personal-data hook.
 */
export async function downloadMyData(
  deps: Deps,
  actor: Actor,
  currentSessionIdHash: string | null,
  now: Date,
  t: Translate,
) {
  const userId = actingUserId(actor);
  const platform = await accountRecords(deps.database.db, userId, currentSessionIdHash, now);
  if (!platform) return null;
  const sections: Record<string, unknown> = {};
  for (const [name, hook] of personalDataHooks()) {
    const section = await hook.export(deps.database.db, userId, { deps, now, t });
    if (section !== null && section !== undefined) sections[name] = section;
  }
  return { ...platform, modules: sections };
}
