import type { Locale, Translate } from "../../../platform/i18n/i18n";
import { DataTable } from "../../../ui/components/data-table";
import { fairnessVerdict } from "../domain/fairness";
import type { SelectionOutcome } from "../domain/panel";
import { percent } from "./components";

/**
 * LEXIMIN beside LEGACY, the simple method used before: the smallest chance under each, and how
 * many volunteers would have hardly any chance. A table, so it reads the same on a phone and to a
 * screen reader.
 */
export function LegacyComparison(props: { t: Translate; locale: Locale; outcome: SelectionOutcome }) {
  const { t, locale, outcome } = props;
  const c = outcome.comparison;
  if (!c) return <p>{t("panel.comparison.missing")}</p>;
  const threshold = percent(locale, c.threshold, 0);
  return (
    <section aria-labelledby="comparison-heading">
      <h3 id="comparison-heading">{t("panel.comparison.title")}</h3>
      <p>{t("panel.comparison.lead", { runs: c.legacyRuns })}</p>
      {c.legacyMinProbability === null || c.legacyBelow === null ? (
        <p>{t("panel.comparison.legacyImpossible")}</p>
      ) : (
        <>
          <DataTable
            caption={t("panel.comparison.title")}
            hideCaption
            columns={[
              t("panel.comparison.method"),
              t("panel.comparison.min"),
              t("panel.comparison.below", { threshold }),
            ]}
          >
            <tr>
              <th scope="row">{t("panel.comparison.leximin")}</th>
              <td>{percent(locale, outcome.minProbability, 2)}</td>
              <td>{c.leximinBelow}</td>
            </tr>
            <tr>
              <th scope="row">{t("panel.comparison.legacy")}</th>
              <td>{percent(locale, c.legacyMinProbability, 2)}</td>
              <td>{c.legacyBelow}</td>
            </tr>
          </DataTable>
          <p>
            {t(
              `panel.comparison.verdict.${fairnessVerdict({
                leximinMin: outcome.minProbability,
                legacyMin: c.legacyMinProbability,
                leximinBelow: c.leximinBelow,
                legacyBelow: c.legacyBelow,
              })}`,
              {
                leximin: percent(locale, outcome.minProbability, 2),
                legacy: percent(locale, c.legacyMinProbability, 2),
              },
            )}
            {c.legacyBelow > c.leximinBelow &&
              ` ${t("panel.comparison.better", { count: c.legacyBelow - c.leximinBelow, threshold })}`}
          </p>
        </>
      )}
      {outcome.maxDeviation !== null && (
        <p>
          {t("panel.comparison.rounding", {
            size: outcome.lotterySize,
            value: percent(locale, outcome.maxDeviation, 2),
          })}
        </p>
      )}
    </section>
  );
}
