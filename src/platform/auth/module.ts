import type { ModuleManifest } from "../module";

/** Accounts: registration, e-mail verification, login, password reset, profile, own data. */
export const authModule: ModuleManifest = {
  name: "auth",
};
