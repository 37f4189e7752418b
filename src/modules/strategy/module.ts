import type { ModuleManifest } from "../../platform/module";

/** Strategy catalogue: values compass, clusters, action fields, organisations, measures and their teams. */
export const strategyModule: ModuleManifest = {
  name: "strategy",
};
