import { parse } from "csv-parse/sync";
import type { Hono } from "hono";
import type { AppEnv } from "../../../platform/http/env";
import { type Letter, renderLettersPdf } from "../../../platform/letters/pdf-letters";
import { letters } from "../use-cases/queries";

/**
 * The invitation letters as a PDF, one A4 page per letter, the address in the envelope window.
 * Read from the same encrypted letters as the CSV and the print view, with the same permission;
 * once the coordinator deletes the letters it is refused like them.
 */
export function panelLetterRoutes(app: Hono<AppEnv>): void {
  app.get("/panels/:id/letters.pdf", async (c) => {
    const { t, locale } = c.get("state");
    const { panel, csv } = await letters(c.get("deps"), c.get("state").actor, c.req.param("id"));
    const [header = [], ...rows] = parse(csv, { bom: true }) as string[][];
    const codeAt = header.indexOf("invitation_code");
    const numberAt = header.indexOf("letter_number");
    const urlAt = header.indexOf("registration_url");
    const addressAt = header.map((_, i) => i).filter((i) => i !== codeAt && i !== numberAt && i !== urlAt);
    const pages: Letter[] = rows.map((cells) => ({
      recipient: addressAt.map((i) => cells[i] ?? "").filter((line) => line.trim() !== ""),
      reference: t("panel.letters.number", { number: cells[numberAt] ?? "" }),
      heading: t("panel.letters.subject", { panel: panel.name }),
      paragraphs: [t("panel.letters.body1")],
      codeLabel: t("panel.letters.codeLabel"),
      code: cells[codeAt] ?? "",
      urlLabel: t("panel.letters.urlLabel"),
      url: cells[urlAt] ?? "",
    }));
    const pdf = await renderLettersPdf(pages, { title: t("panel.letters.title"), language: locale });
    return c.body(new Uint8Array(pdf), 200, {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="letters-${panel.id}.pdf"`,
      "Cache-Control": "no-store",
    });
  });
}
