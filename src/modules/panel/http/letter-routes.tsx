import { parse } from "csv-parse/sync";
import type { Hono } from "hono";
import type { AppEnv } from "../../../platform/http/env";
import { type Letter, renderLettersPdf } from "../../../platform/letters/pdf-letters";
import { pageContext } from "../../../ui/page-context";
import { readLetters } from "../use-cases/read-letters";
import { LettersPrintPage } from "../views/coordinator-pages";

/**
 * The invitation letters for mail merge (CSV), to print from the browser, and as a PDF: one A4 page
 * per letter, the address in the envelope window. All three read the same encrypted letters with
 * the same permission; once the coordinator deletes the letters they are refused alike.
 */
export function panelLetterRoutes(app: Hono<AppEnv>): void {
  app.get("/panels/:id/letters.csv", async (c) => {
    const { csv } = await readLetters(c.get("deps"), c.get("state").actor, c.req.param("id"));
    return c.body(csv, 200, {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="letters-${c.req.param("id")}.csv"`,
      "Cache-Control": "no-store",
    });
  });

  app.get("/panels/:id/letters", async (c) => {
    const { panel, csv } = await readLetters(c.get("deps"), c.get("state").actor, c.req.param("id"));
    const [header = [], ...rows] = parse(csv, { bom: true }) as string[][];
    c.header("Cache-Control", "no-store");
    return c.html(<LettersPrintPage page={pageContext(c)} panel={panel} header={header} rows={rows} />);
  });

  app.get("/panels/:id/letters.pdf", async (c) => {
    const { t, locale } = c.get("state");
    const { panel, csv } = await readLetters(c.get("deps"), c.get("state").actor, c.req.param("id"));
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
