import { z } from "zod";
import { defineApiRoute } from "../../../platform/api/api";
import { paginated, paginationQuery } from "../../../platform/api/pagination";
import { listPanels } from "../use-cases/list-panels";
import { readLotteryList } from "../use-cases/read-lottery-list";
import { publicPanel } from "../use-cases/show-panel";

const panelSummary = z.object({
  id: z.uuid(),
  name: z.string(),
  size: z.number().int(),
  status: z.enum(["setup", "registration", "published", "drawn"]),
  demo: z.boolean(),
  url: z.string(),
});

const quota = z.object({
  feature: z.string(),
  value: z.string(),
  min: z.number().int(),
  max: z.number().int(),
  populationShare: z.number().nullable(),
  pool: z.number().int(),
  selected: z.number().int().nullable(),
});

const replacement = z.object({
  round: z.number().int(),
  leaving: z.string(),
  replacement: z.string(),
  eligible: z.array(z.string()),
});

const panelDetail = panelSummary.extend({
  description: z.string(),
  lotterySize: z.number().int(),
  invitationsSent: z.number().int(),
  poolSize: z.number().int(),
  quotas: z.array(quota),
  lottery: z
    .object({
      hash: z.string(),
      publishedAt: z.string(),
      size: z.number().int(),
      seed: z.string().nullable(),
      drawnPanel: z.number().int().nullable(),
      drawnAt: z.string().nullable(),
      /** The panel as drawn. */
      drawnMembers: z.array(z.string()).nullable(),
      /** Who sits on the panel now, after the replacements. */
      members: z.array(z.string()).nullable(),
      replacements: z.array(replacement),
    })
    .nullable(),
});

const lotteryList = z.object({
  panelId: z.uuid(),
  hash: z.string(),
  publishedAt: z.string(),
  seed: z.string().nullable(),
  drawnPanel: z.number().int().nullable(),
  lotterySize: z.number().int(),
  panels: z.array(z.object({ number: z.number().int(), members: z.array(z.string()) })),
});

export const panelApi = [
  defineApiRoute({
    method: "get",
    path: "/api/v1/panels",
    summary: "Citizen panels",
    tag: "panels",
    query: paginationQuery,
    response: paginated(panelSummary),
    errors: [400],
    handler: async (c, { query }) => {
      const list = await listPanels(c.get("deps"), query.page, query.pageSize);
      const base = c.get("deps").config.baseUrl;
      return {
        ...list,
        items: list.items.map((p) => ({
          id: p.id,
          name: p.name,
          size: p.size,
          status: p.status as "setup",
          demo: p.demo,
          url: `${base}/panels/${p.id}`,
        })),
      };
    },
  }),
  defineApiRoute({
    method: "get",
    path: "/api/v1/panels/{id}",
    summary: "One citizen panel: quotas, composition, published hash, seed, members and replacements",
    tag: "panels",
    response: panelDetail,
    errors: [404],
    handler: async (c, { params }) => {
      const data = await publicPanel(c.get("deps"), c.get("state").actor, params.id as string);
      const { panel, lottery } = data;
      return {
        id: panel.id,
        name: panel.name,
        description: panel.description,
        size: panel.size,
        lotterySize: panel.lotterySize,
        status: panel.status as "setup",
        demo: panel.demo,
        url: `${c.get("deps").config.baseUrl}/panels/${panel.id}`,
        invitationsSent: panel.invitationsSent,
        poolSize: data.poolSize,
        quotas: data.quotas,
        lottery: lottery
          ? {
              hash: lottery.hash,
              publishedAt: lottery.publishedAt.toISOString(),
              size: Number(lottery.size),
              seed: lottery.seed,
              drawnPanel: lottery.drawnIndex,
              drawnAt: lottery.drawnAt?.toISOString() ?? null,
              drawnMembers: data.drawnMembers,
              members: data.members,
              replacements: data.replacements,
            }
          : null,
      };
    },
  }),
  defineApiRoute({
    method: "get",
    path: "/api/v1/panels/{id}/lottery",
    summary: "The published lottery list: M numbered panels of pseudonymous ids",
    tag: "panels",
    response: lotteryList,
    errors: [404],
    handler: async (c, { params }) => {
      const { panel, lottery, panels } = await readLotteryList(c.get("deps"), params.id as string);
      return {
        panelId: panel.id,
        hash: lottery.hash,
        publishedAt: lottery.publishedAt.toISOString(),
        seed: lottery.seed,
        drawnPanel: lottery.drawnIndex,
        lotterySize: lottery.size,
        panels: panels.map((members, i) => ({ number: i + 1, members })),
      };
    },
  }),
];
