import type { ModuleManifest } from "../../platform/module";
import { siteRoutes } from "./http/routes";
import { siteMessages } from "./views/messages";
import { sitePrivacy } from "./views/privacy-declaration";

/** The public frame pages: home, accessibility statement, imprint, privacy, easy language. */
export const siteModule: ModuleManifest = {
  name: "site",
  privacy: sitePrivacy,
  messages: siteMessages,
  actions: {
    /** The strategy office's start page with its open tasks. */
    "site.office.read": { roles: ["strategy_office"] },
  },
  routes: siteRoutes,
};
