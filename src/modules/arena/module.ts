import type { ModuleManifest } from "../../platform/module";

export const arenaModule: ModuleManifest = {
  name: "arena",
  privacy: { entries: [], messages: { de: {}, en: {} } },
};
