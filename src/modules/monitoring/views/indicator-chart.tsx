import { LineChart } from "../../../ui/components/line-chart";
import type { PageContext } from "../../../ui/page-context";
import { targetList } from "../domain/indicator";
import type { IndicatorView } from "../domain/monitoring-view";
import { comparePeriods, frequencyOf, type PeriodKey, periodsBetween } from "../domain/periods";
import { periodLabel, unitLabel } from "./format";

/**
 * The periods along the x axis: every period of the indicator's frequency from its first to its
 * last value (so a missing value leaves a gap), and the periods of its targets, which may be whole
 * years, in time order.
 */
function axisPeriods(observed: readonly PeriodKey[], targets: readonly PeriodKey[]): PeriodKey[] {
  const sorted = [...observed].sort(comparePeriods);
  const first = sorted[0];
  const last = sorted.at(-1);
  const between = first && last && frequencyOf(first) === frequencyOf(last) ? periodsBetween(first, last) : sorted;
  return [...new Set([...between, ...targets])].sort(comparePeriods);
}

/**
 * An indicator's values of the whole city, its targets and its baseline as a chart drawn on the
 * server. The table below it on the page holds the same numbers for screen readers and copying.
 */
export function IndicatorChart(props: {
  page: PageContext;
  view: IndicatorView;
  id: string;
  name: string;
  format: (value: number) => string;
}) {
  const { t, locale } = props.page;
  const { view } = props;
  const city = view.values.filter((row) => row.observation.spatialUnit === "city").map((row) => row.observation);
  const targets = targetList(view.use.targets);
  if (city.length === 0 && targets.length === 0) return null;
  const baseline = view.use.baseline;
  return (
    <LineChart
      id={props.id}
      title={t("monitoring.chart.title", { name: props.name })}
      description={t("monitoring.chart.description")}
      periods={axisPeriods(
        city.map((o) => o.period),
        targets.map((target) => target.period),
      )}
      observed={city.map((o) => ({ period: o.period, value: o.value, provisional: o.status === "provisional" }))}
      targets={targets}
      baseline={baseline ? { value: baseline.value, label: t("monitoring.chart.baseline") } : undefined}
      labels={{
        xAxis: t("monitoring.chart.period"),
        yAxis: view.definition ? unitLabel(locale, view.definition.unit) : props.name,
        observed: t("monitoring.chart.observed"),
        provisional: t("monitoring.chart.provisional"),
        target: t("monitoring.chart.target"),
        noData: t("monitoring.chart.noData"),
      }}
      format={props.format}
      formatPeriod={(period) => periodLabel(t, locale, period)}
    />
  );
}
