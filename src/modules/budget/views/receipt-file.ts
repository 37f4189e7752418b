import type { Translate } from "../../../platform/i18n/i18n";
import { isLetterCode, normaliseLetterCode } from "../../../platform/security/letter-codes";
import type { Budget } from "../domain/model";

/** The receipt as a short text file to keep; null when the code is not a receipt's shape. */
export function receiptFile(t: Translate, budget: Budget, typed: string, baseUrl: string): string | null {
  const canonical = normaliseLetterCode(typed);
  if (!isLetterCode(canonical, 16)) return null;
  const receipt = canonical.match(/.{4}/g)?.join("-") ?? canonical;
  return `${[
    t("budget.receipt.fileTitle", { title: budget.title }),
    "",
    t("budget.receipt.fileCode", { receipt }),
    "",
    t("budget.receipt.fileExplain"),
    t("budget.receipt.fileCheck", { url: `${baseUrl}/budgets/${budget.slug}/check` }),
  ].join("\r\n")}\r\n`;
}
