import type { ModuleManifest } from "../module";

/** Administration: users and roles, audit log. */
export const adminModule: ModuleManifest = {
  name: "admin",
};
