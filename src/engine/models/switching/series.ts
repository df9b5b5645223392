// Chart data for the switching model: cumulative leavers by reason, the satisfaction × switching
// cost map of the segments, and the customers kept by Jones & Sasser type.
import type { BarSeries, LineSeries, PointSeries } from '../../series.ts';
import type { Localized } from '../../locale.ts';
import { QUADRANT_LABELS, QuadrantValues } from './segments.ts';
import { ChurnReasonValues, type ChurnReason, type Trajectory } from './simulate.ts';
import { customersByQuadrant } from './outcomes.ts';

const CUSTOMERS: Localized = { en: 'customers', 'zh-CN': '人' };

const REASON_LABELS: Record<ChurnReason, Localized> = {
  procedural: { en: 'Time/effort barrier gone (portability)', 'zh-CN': '时间精力壁垒消失（携号转网）' },
  financial: { en: 'Financial barrier gone (hostages released)', 'zh-CN': '经济壁垒消失（人质客户离开）' },
  value: { en: 'Would have left anyway (dissatisfaction, rival’s offer)', 'zh-CN': '本来就会离开（不满、对手优惠）' },
};

export function churnByKindSeries(trajectory: Trajectory): LineSeries {
  const months = trajectory.lostByReason.value.length;
  return {
    kind: 'lines',
    x: Array.from({ length: months }, (_, month) => month),
    xLabel: { en: 'Months after portability', 'zh-CN': '携号转网后的月数' },
    yLabel: { en: 'Customers lost (cumulative)', 'zh-CN': '累计流失客户' },
    unit: CUSTOMERS,
    whole: true,
    series: ChurnReasonValues.map((reason) => ({
      // Not `value`: that id keeps the value score's colour on every chart, which would repeat one here.
      id: reason === 'value' ? 'anyway' : reason,
      label: REASON_LABELS[reason],
      values: trajectory.lostByReason[reason],
    })),
  };
}

export function mapSeries(trajectory: Trajectory): PointSeries {
  return {
    kind: 'points',
    xLabel: { en: 'Satisfaction', 'zh-CN': '满意度' },
    yLabel: { en: 'Total switching cost', 'zh-CN': '总转换成本' },
    threshold: 0.5,
    quadrants: [QUADRANT_LABELS.defectors, QUADRANT_LABELS.mercenaries, QUADRANT_LABELS.hostages, QUADRANT_LABELS.loyalists],
    points: trajectory.final.map((state) => ({
      id: state.segment.id,
      label: state.segment.label,
      x: state.satisfaction,
      y: state.cost,
      size: state.customers,
    })),
  };
}

export function retainedSeries(trajectory: Trajectory): BarSeries {
  const byQuadrant = customersByQuadrant(trajectory);
  return {
    kind: 'bars',
    xLabel: { en: 'Type of customer kept', 'zh-CN': '留下的客户类型' },
    yLabel: { en: 'Customers at the end', 'zh-CN': '期末客户数' },
    unit: CUSTOMERS,
    items: [...QuadrantValues].reverse().map((quadrant) => ({
      id: quadrant,
      label: QUADRANT_LABELS[quadrant],
      value: byQuadrant[quadrant],
    })),
  };
}
