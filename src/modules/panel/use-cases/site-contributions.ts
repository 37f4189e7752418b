import type { Counters } from "../../../platform/cache/change-counters";
import type {
  HappeningItem,
  OfficeTask,
  OpenDataItem,
  Reader,
  SiteContributions,
} from "../../../platform/contributions/contributions";
import type { Deps } from "../../../platform/deps";
import { type Actor, hasRole } from "../../../platform/permissions/permissions";
import { listPanelRows } from "../data/queries";

async function recentPanels(deps: Deps) {
  return (await listPanelRows(deps.database.db, 50, 0)).items;
}

/** A panel whose invited people can register now. */
async function happening(deps: Deps, reader: Reader): Promise<HappeningItem[]> {
  return (await recentPanels(deps))
    .filter((panel) => panel.status === "registration")
    .map((panel) => ({
      title: panel.name,
      badge: reader.t("panel.site.registrationBadge"),
      text: reader.t("panel.site.registrationText"),
      href: `/panels/${panel.id}`,
      sortKey: panel.createdAt.getTime(),
    }));
}

const nextStep: Record<string, string> = {
  setup: "panel.site.task.setup",
  registration: "panel.site.task.registration",
  published: "panel.site.task.published",
};

/** The next step of every panel that is not drawn yet. */
async function officeTasks(deps: Deps, actor: Actor, reader: Reader): Promise<OfficeTask[]> {
  if (!hasRole(actor, "strategy_office") && !hasRole(actor, "administrator")) return [];
  const { t } = reader;
  return (await recentPanels(deps)).flatMap((panel) => {
    const step = nextStep[panel.status];
    if (!step) return [];
    return [
      {
        group: t("panel.site.group"),
        title: t(`${step}.title`, { panel: panel.name }),
        text: t(`${step}.text`),
        href: `/panels/${panel.id}/manage`,
      },
    ];
  });
}

/** The published lottery list of every panel, so anyone can check the draw. */
async function openData(deps: Deps, reader: Reader): Promise<OpenDataItem[]> {
  const { t } = reader;
  return (await recentPanels(deps))
    .filter((panel) => panel.status === "published" || panel.status === "drawn")
    .map((panel) => ({
      group: t("panel.site.group"),
      title: t("panel.site.lotteryTitle", { panel: panel.name }),
      text: t("panel.site.lotteryText"),
      links: [
        { href: `/panels/${panel.id}/lottery.txt`, label: t("panel.site.lotteryLink"), format: "TXT" },
        { href: `/panels/${panel.id}/verify`, label: t("panel.site.verifyLink"), format: "HTML" },
      ],
    }));
}

/** The panel's part of the shared pages; its texts are in views/site-messages.ts. */
/** What `happening` reads changes with this counter. */
const version = (counters: Counters) => counters.panel;

export const panelSiteContributions: SiteContributions = { happening, version, officeTasks, openData };
