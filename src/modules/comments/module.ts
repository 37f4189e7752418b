import type { ModuleManifest } from "../../platform/module";

export const commentsModule: ModuleManifest = {
  name: "comments",
  privacy: { entries: [], messages: { de: {}, en: {} } },
};
