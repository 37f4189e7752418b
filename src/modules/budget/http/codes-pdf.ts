import type { AppContext } from "../../../platform/http/env";
import { renderLettersPdf } from "../../../platform/letters/pdf-letters";
import { loadOperatorDetails } from "../../site/index";
import type { Budget } from "../domain/model";
import { codeLetterTexts } from "../views/letter-text";

/** Who sends the voting-code letters: the operator from the operator file, else the city's budget. */
export async function letterSender(c: AppContext): Promise<string> {
  const deps = c.get("deps");
  const { t, locale } = c.get("state");
  const { operator } = await loadOperatorDetails(deps.config.OPERATOR_FILE);
  const parts = [operator.name, operator.address?.replace(/\s*\n\s*/g, ", ")].filter(Boolean);
  return parts.length > 0 ? parts.join(", ") : t("budget.codes.senderFallback", { city: deps.city.name[locale] });
}

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
  const sender = await letterSender(c);
  const texts = codeLetterTexts(budget, generated.heading, sender, t, locale, c.get("deps").city.timeZone);
  const pdf = await renderLettersPdf(
    generated.codes.map((code) => ({
      reference: t("budget.codes.letterReference", { heading: generated.heading, batch: generated.batch }),
      heading: budget.title,
      paragraphs: texts.paragraphs,
      codeLabel: t("budget.codes.letterCode"),
      code,
      urlLabel: t("budget.codes.letterAddress"),
      url: voteUrl,
      closing: texts.closing,
    })),
    { title: t("budget.codes.printTitle", { batch: generated.batch }), language: locale, sender },
  );
  return c.body(new Uint8Array(pdf), 200, {
    "Content-Type": "application/pdf",
    "Content-Disposition": `attachment; filename="${budget.slug}-codes-${generated.batch}.pdf"`,
    "Cache-Control": "no-store",
  });
}
