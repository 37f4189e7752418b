import type { ModuleManifest } from "../../../platform/module";

/**
 * The manifest's parts beyond pages, texts, actions and the privacy statement (views/privacy.ts, set in
 * module.ts so that use cases do not depend on views): personal data, resources (the
 * process to follow, the paragraph to comment on), jobs, the demo seed and the site contributions.
 */
export const participationModuleParts: Pick<
  ModuleManifest,
  "personalData" | "resources" | "scheduledJobs" | "seed" | "contributes"
> = {};
