import type { Deps } from "../../../platform/deps";
import { groupsOf } from "../data/workshops";
import type { StoredWorkshop, WorkshopGroup } from "../domain/workshop";
import { workshopOrNotFound } from "./access";

/** What the registration form offers: the event (its format) and its groups. Public facts. */
export async function registrationForm(
  deps: Deps,
  id: string,
): Promise<{ workshop: StoredWorkshop; groups: WorkshopGroup[] }> {
  const workshop = await workshopOrNotFound(deps.database.db, id);
  return { workshop, groups: await groupsOf(deps.database.db, workshop.id) };
}
