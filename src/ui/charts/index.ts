// The chart kit's public surface: one import for the components other areas use, the
// palette helper, and the number formatting that matches what the charts show.
export { default as LineChart } from './LineChart.svelte';
export { default as BarChart } from './BarChart.svelte';
export { default as WaterfallChart } from './WaterfallChart.svelte';
export { default as TreeChart } from './TreeChart.svelte';
export { default as SankeyChart } from './SankeyChart.svelte';
export { default as QuadrantChart } from './QuadrantChart.svelte';
export { default as RadarChart } from './RadarChart.svelte';
export { default as TornadoChart } from './TornadoChart.svelte';
export { default as ChartFrame } from './ChartFrame.svelte';
export { default as ChartTable } from './ChartTable.svelte';
export { colorFor, colorSlotFor, KNOWN_COLOR_SLOTS } from './palette.ts';
export { formatCompact, formatSigned, formatValue, labelWithUnit } from './formatNumber.ts';
export type { LegendEntry, TableData, TableRow } from './chartTypes.ts';
export type { RadarAxisIn, RadarSeriesIn } from './layoutRadar.ts';
export type { TornadoBarIn } from './layoutTornado.ts';
