import { platformPeriodicJobs } from "./jobs/purge-expired";
import { platformMessages } from "./messages";
import type { ModuleManifest } from "./module";
import { platformPrivacy } from "./platform-privacy";

/** The platform's own actions and messages (account basics); accounts and admin add theirs. */
export const platformModule: ModuleManifest = {
  name: "platform",
  messages: platformMessages,
  actions: {
    "account.updateOwn": { roles: ["resident"] },
  },
  jobs: platformPeriodicJobs,
  privacy: platformPrivacy,
};
