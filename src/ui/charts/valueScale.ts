// The vertical value axis shared by bar-like charts: always includes zero (bars grow from
// it), rounded to nice numbers, with as many ticks as fit at ~40px apart.
import { max, min } from 'd3-array';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { round2, type Margin, type Tick } from './chartGeometry.ts';

export interface ValueAxis {
  scale: ScaleLinear<number, number>;
  ticks: Tick[];
}

export function valueAxis(values: readonly number[], height: number, margin: Margin): ValueAxis {
  const lo = Math.min(0, min(values) ?? 0);
  const top = Math.max(0, max(values) ?? 0);
  const hi = top > lo ? top : lo + 1;
  const scale = scaleLinear().domain([lo, hi]).nice().range([height - margin.bottom, margin.top]);
  const count = Math.max(2, Math.floor((height - margin.top - margin.bottom) / 40));
  // Counts of whole things (students, people) get whole-number ticks: no "0.5 students".
  const isWhole = values.every(Number.isInteger);
  const tickValues = scale.ticks(count).filter((value) => !isWhole || Number.isInteger(value));
  return { scale, ticks: tickValues.map((value) => ({ value, pos: round2(scale(value)) })) };
}
