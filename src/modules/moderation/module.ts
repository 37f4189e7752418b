import type { ModuleManifest } from "../../platform/module";

export const moderationModule: ModuleManifest = {
  name: "moderation",
  privacy: { entries: [], messages: { de: {}, en: {} } },
};
