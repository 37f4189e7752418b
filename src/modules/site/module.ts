import type { ModuleManifest } from "../../platform/module";
import { siteRoutes } from "./http/routes";
import { siteMessages } from "./views/messages";

/** The public frame pages: home, accessibility statement, imprint, privacy, easy language. */
export const siteModule: ModuleManifest = {
  name: "site",
  messages: siteMessages,
  routes: siteRoutes,
};
