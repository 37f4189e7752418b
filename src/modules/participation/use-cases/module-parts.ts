import type { ModuleManifest } from "../../../platform/module";
import { participationPrivacy } from "../views/privacy";

/**
 * The manifest's parts beyond pages, texts and actions: privacy, personal data, resources (the
 * process to follow, the paragraph to comment on), jobs, the demo seed and the site contributions.
 */
export const participationModuleParts: Pick<
  ModuleManifest,
  "privacy" | "personalData" | "resources" | "scheduledJobs" | "seed" | "contributes"
> = {
  privacy: participationPrivacy,
};
