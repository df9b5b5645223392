// Picks the data a scenario chart draws: a model series by name, or the chart's metrics
// turned into bars. Pure, so the mapping is tested without a DOM.
import type { Evaluation } from '../../engine/evaluate.ts';
import type { Chart, Scenario } from '../../engine/scenario/schema.ts';
import type { BarSeries, Series } from '../../engine/series.ts';

const EMPTY = { 'zh-CN': '', en: '' };

export function chartData(scenario: Scenario, chart: Chart, evaluation: Evaluation): Series | null {
  if (chart.series !== undefined) return evaluation.model?.series[chart.series] ?? null;
  const names = chart.metrics ?? [];
  const first = scenario.metrics?.[names[0] ?? ''];
  const bars: BarSeries = {
    kind: 'bars',
    xLabel: EMPTY,
    yLabel: EMPTY,
    unit: first?.unit ?? EMPTY,
    items: names.map((name) => ({ id: name, label: scenario.metrics?.[name]?.label ?? { 'zh-CN': name, en: name }, value: evaluation.metrics[name] ?? 0 })),
  };
  return bars;
}
