// Chart data of the ladder model: people per rung over time, profit, one quarter's flows,
// the attachment × repeat-purchase matrix and buying customers by loyalty type.
import type { Localized } from '../../locale.ts';
import type { BarSeries, FlowSeries, LineSeries, PointSeries } from '../../series.ts';
import { BuyingRungValues, RungValues, type LoyaltyType, loyaltyTypeLabels, peopleUnit, quarterLabel, rungLabels, yuanUnit } from './ids.ts';
import { typeCounts } from './outputs.ts';
import type { LadderRun, QuarterState } from './simulate.ts';

// Most valuable first: attitude before behaviour, as the debrief discusses them.
const typeBarOrder = ['true', 'latent', 'spurious', 'none'] as const satisfies readonly LoyaltyType[];
const referralLabel: Localized = { 'zh-CN': '口碑推荐', en: 'Word of mouth' };

export function rungsSeries(run: LadderRun): LineSeries {
  return {
    kind: 'lines',
    x: run.states.map((state) => state.quarter),
    xLabel: quarterLabel,
    yLabel: { 'zh-CN': '人数', en: 'People' },
    unit: peopleUnit,
    whole: true,
    markers: shockMarkers(run),
    series: RungValues.map((rung) => ({
      id: rung,
      label: rungLabels[rung],
      values: run.states.map((state) => state.counts[rung]),
    })),
  };
}

const rivalOpened: Localized = { 'zh-CN': '对手开店', en: 'Rival opens' };

/** Where the rival opened, if it did: a marker for the charts over quarters. */
function shockMarkers(run: LadderRun): LineSeries['markers'] {
  const shock = run.states.find((state) => state.isShock);
  return shock ? [{ x: shock.quarter, label: rivalOpened }] : [];
}

/**
 * The buying customers on each rung over time, stacked (potential and lost left out: they
 * would dwarf the customers), with the rival's quarter marked.
 */
export function customersSeries(run: LadderRun): LineSeries {
  return {
    kind: 'lines',
    x: run.states.map((state) => state.quarter),
    xLabel: quarterLabel,
    yLabel: { 'zh-CN': '购买客户', en: 'Buying customers' },
    unit: peopleUnit,
    whole: true,
    markers: shockMarkers(run),
    series: BuyingRungValues.map((rung) => ({
      id: rung,
      label: rungLabels[rung],
      values: run.states.map((state) => state.counts[rung]),
    })),
  };
}

export function profitSeries(run: LadderRun): LineSeries {
  let profit = 0;
  const cumulative = run.states.map((state) => {
    profit += state.revenue - Object.values(state.spend).reduce((a, b) => a + b, 0);
    return profit;
  });
  return {
    kind: 'lines',
    x: run.states.map((state) => state.quarter),
    xLabel: quarterLabel,
    yLabel: { 'zh-CN': '金额', en: 'Amount' },
    unit: yuanUnit,
    markers: shockMarkers(run),
    series: [
      { id: 'profit', label: { 'zh-CN': '累计利润', en: 'Cumulative profit' }, values: cumulative },
      { id: 'revenue', label: { 'zh-CN': '本季度收入', en: 'Revenue this quarter' }, values: run.states.map((s) => s.revenue) },
    ],
  };
}

/**
 * One quarter as a two-column flow chart: `from:<rung>` (start of the quarter) → `to:<rung>`
 * (end), stays included, plus `referral` → `to:potential`. Two columns keep the chart acyclic
 * although people also move down the ladder. People already lost before the quarter are left out.
 */
export function flowSeries(state: QuarterState): FlowSeries {
  const links: FlowSeries['links'] = [];
  const outflow = new Map<string, number>();
  for (const [key, value] of state.flows) {
    const [from, to] = key.split('>') as [string, string];
    links.push({ source: from === 'referral' ? 'referral' : `from:${from}`, target: `to:${to}`, value });
    outflow.set(from, (outflow.get(from) ?? 0) + value);
  }
  for (const rung of RungValues) {
    if (rung === 'lost') continue;
    const stay = state.start[rung] - (outflow.get(rung) ?? 0);
    if (stay > 1e-9) links.push({ source: `from:${rung}`, target: `to:${rung}`, value: stay });
  }
  const used = new Set(links.flatMap((link) => [link.source, link.target]));
  const nodes: FlowSeries['nodes'] = [];
  if (used.has('referral')) nodes.push({ id: 'referral', label: referralLabel });
  for (const side of ['from', 'to'] as const) {
    for (const rung of RungValues) {
      if (used.has(`${side}:${rung}`)) nodes.push({ id: `${side}:${rung}`, label: rungLabels[rung] });
    }
  }
  return { kind: 'flows', unit: peopleUnit, nodes, links, whole: true };
}

export function quadrantSeries(state: QuarterState): PointSeries {
  return {
    kind: 'points',
    xLabel: { 'zh-CN': '依恋度(态度)', en: 'Attachment (attitude)' },
    yLabel: { 'zh-CN': '重复购买(行为)', en: 'Repeat purchase (behaviour)' },
    threshold: 0.5,
    whole: true,
    quadrants: [loyaltyTypeLabels.none, loyaltyTypeLabels.latent, loyaltyTypeLabels.spurious, loyaltyTypeLabels.true],
    points: BuyingRungValues.map((rung) => ({
      id: rung,
      label: rungLabels[rung],
      x: state.levels[rung].attachment,
      y: state.levels[rung].repeat,
      size: state.counts[rung],
    })),
  };
}

export function typesSeries(state: QuarterState, spread: number): BarSeries {
  const counts = typeCounts(state, spread);
  return {
    kind: 'bars',
    xLabel: { 'zh-CN': '忠诚类型', en: 'Loyalty type' },
    yLabel: { 'zh-CN': '购买客户', en: 'Buying customers' },
    unit: peopleUnit,
    whole: true,
    items: typeBarOrder.map((type) => ({ id: type, label: loyaltyTypeLabels[type], value: counts[type] })),
  };
}
