// Types shared by the chart frame, legend and data table: what a chart hands to them.

export const LegendMarkValues = ['swatch', 'line', 'dashed'] as const;
export type LegendMark = (typeof LegendMarkValues)[number];

export interface LegendEntry {
  id: string;
  label: string;
  /** A CSS colour, usually from colorFor(). */
  color: string;
  mark: LegendMark;
}

export interface TableRow {
  /** The row header (first column). */
  head: string;
  /** Formatted values, one per remaining column. */
  cells: string[];
}

export interface TableData {
  caption: string;
  /** Column headers, the first one naming the row-header column. */
  columns: string[];
  rows: TableRow[];
  /** Indices (among the cells after the row header) holding words, not numbers. */
  textCells?: number[];
}

export interface AxisTick {
  pos: number;
  label: string;
}
