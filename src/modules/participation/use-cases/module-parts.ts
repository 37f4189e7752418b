import type { ModuleManifest } from "../../../platform/module";
import { participationPersonalData } from "../data/personal-data";
import { DRAFT_UPLOAD } from "./add-draft-version";
import { announcePhasesJob } from "./announce-phases";
import { participationIdeaCalls } from "./idea-calls";
import { paragraphResource } from "./paragraph-resource";
import { processResource } from "./process-resource";
import { seedDemoProcess } from "./seed-demo-process";
import { participationSiteContributions } from "./site-contributions";

/**
 * The manifest's parts beyond pages, texts, actions and the privacy statement (views/privacy.ts, set in
 * module.ts so that use cases do not depend on views): personal data, resources (the
 * process to follow, the paragraph to comment on), the idea calls the Arena offers, jobs, the demo
 * seed and the site contributions.
 */
export const participationModuleParts: Pick<
  ModuleManifest,
  "personalData" | "resources" | "ideaCalls" | "jobs" | "scheduledJobs" | "seed" | "contributes" | "uploads"
> = {
  personalData: participationPersonalData,
  resources: [processResource, paragraphResource],
  ideaCalls: participationIdeaCalls,
  jobs: [announcePhasesJob],
  uploads: [DRAFT_UPLOAD],
  seed: seedDemoProcess,
  contributes: participationSiteContributions,
};
