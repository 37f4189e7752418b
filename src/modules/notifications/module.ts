import type { ModuleManifest } from "../../platform/module";

export const notificationsModule: ModuleManifest = {
  name: "notifications",
  privacy: { entries: [], messages: { de: {}, en: {} } },
};
