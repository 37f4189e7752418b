import type { Hono } from "hono";
import type { AppEnv } from "../../../platform/http/env";
import { attachmentRoutes } from "./attachment-routes";
import { consortiumRequestRoutes } from "./consortium-request-routes";
import { editRoutes } from "./edit-routes";
import { entryRoutes } from "./entry-routes";
import { feedRoutes } from "./feed-routes";
import { listRoutes } from "./list-routes";
import { submitRoutes } from "./submit-routes";

/** Every page of the Arena. The list's fixed addresses come before the entry's `/arena/:number`. */
export function arenaRoutes(app: Hono<AppEnv>): void {
  listRoutes(app);
  feedRoutes(app);
  // Before the draft's steps (`/arena/drafts/:id/:step`) and the entry's pages.
  attachmentRoutes(app);
  submitRoutes(app);
  editRoutes(app);
  consortiumRequestRoutes(app);
  entryRoutes(app);
}
