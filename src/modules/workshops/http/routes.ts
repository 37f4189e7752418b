import type { Hono } from "hono";
import type { AppEnv } from "../../../platform/http/env";
import { callOffRoutes } from "./call-off-routes";
import { listRoutes } from "./list-routes";
import { organiserRoutes } from "./organiser-routes";
import { photoRoutes } from "./photo-routes";
import { workshopRoutes } from "./workshop-routes";

/** Every page of the workshops module; fixed addresses (new, cancel, feed) before `/workshops/:id`. */
export function workshopsRoutes(app: Hono<AppEnv>): void {
  listRoutes(app);
  organiserRoutes(app);
  photoRoutes(app);
  callOffRoutes(app);
  workshopRoutes(app);
}
