import type { OfficeTask, SiteContributions } from "../../../platform/contributions/contributions";
import { can } from "../../../platform/permissions/permissions";
import { openReportCount } from "../data/reports";

/** The office's start page names the open reports, so they do not wait unseen. */
export const moderationSiteContributions: SiteContributions = {
  async officeTasks(deps, actor, { t }): Promise<OfficeTask[]> {
    if (!can(actor, "moderation.manage")) return [];
    const open = await openReportCount(deps.database.db);
    if (open === 0) return [];
    return [
      {
        group: t("moderation.site.group"),
        title: t("moderation.site.reportsTask"),
        text: open === 1 ? t("moderation.site.reportsOne") : t("moderation.site.reportsMany", { count: open }),
        href: "/moderation",
      },
    ];
  },
};
