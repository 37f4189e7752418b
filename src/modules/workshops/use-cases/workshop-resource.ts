import type { ResourceKind } from "../../../platform/resources/resources";
import { findWorkshop } from "../data/workshops";
import { WORKSHOP_TYPE, workshopPath } from "../domain/workshop";

/** Events for the shared modules: people follow them and hear when the documentation is out. */
export const workshopResource: ResourceKind = {
  type: WORKSHOP_TYPE,
  followable: true,
  async summary(db, id) {
    const workshop = await findWorkshop(db, id);
    if (!workshop) return null;
    return { title: workshop.title, href: workshopPath(workshop.id), authorIds: [], acceptsComments: false };
  },
};
