import type { Deps } from "../../../platform/deps";
import { listPanelRows } from "../data/queries";

/** A panel in the public list. */
export interface PanelListItem {
  id: string;
  name: string;
  size: number;
  status: string;
  demo: boolean;
  createdAt: Date;
}

/** The public list of panels, newest first. */
export async function listPanels(deps: Deps, page: number, pageSize: number) {
  const { items, total } = await listPanelRows(deps.database.db, pageSize, (page - 1) * pageSize);
  return {
    items: items.map(
      (p): PanelListItem => ({
        id: p.id,
        name: p.name,
        size: p.size,
        status: p.status,
        demo: p.demo,
        createdAt: p.createdAt,
      }),
    ),
    total,
    page,
    pageSize,
  };
}
