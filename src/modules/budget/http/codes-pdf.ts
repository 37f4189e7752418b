import type { AppContext } from "../../../platform/http/env";
import { renderLettersPdf } from "../../../platform/letters/pdf-letters";
import type { Budget } from "../domain/model";

/**
 * The codes of one batch as a PDF, one letter per A4 page. Made in the same request that generates
 * the codes, like the CSV and the print page: the codes are never stored, so this is the only copy.
 */
export async function codesPdfResponse(
  c: AppContext,
  budget: Budget,
  generated: { batch: number; heading: string; codes: string[] },
  voteUrl: string,
): Promise<Response> {
  const { t, locale } = c.get("state");
  const pdf = await renderLettersPdf(
    generated.codes.map((code) => ({
      reference: t("budget.codes.letterReference", { heading: generated.heading, batch: generated.batch }),
      heading: budget.title,
      paragraphs: [t("budget.codes.letterText", { heading: generated.heading })],
      codeLabel: t("budget.codes.letterCode"),
      code,
      urlLabel: t("budget.codes.letterAddress"),
      url: voteUrl,
      closing: [t("budget.codes.letterOnce")],
    })),
    { title: t("budget.codes.printTitle", { batch: generated.batch }), language: locale },
  );
  return c.body(new Uint8Array(pdf), 200, {
    "Content-Type": "application/pdf",
    "Content-Disposition": `attachment; filename="${budget.slug}-codes-${generated.batch}.pdf"`,
    "Cache-Control": "no-store",
  });
}
