// Messages between the customer lab page and its worker: plain data both ways.
import type { AnalyseRequest, LoadSummary } from '../../engine/customers/session.ts';
import type { AbcView, ClvView, LabView } from '../../engine/customers/labView.ts';
import type { ClvOptions } from '../../engine/customers/clv.ts';
import type { DateOrder } from '../../engine/customers/dates.ts';
import type { GenerateParams } from '../../engine/customers/generate.ts';
import type { ColumnRole } from '../../engine/customers/parse.ts';

/** Largest file the lab reads; bigger files get a message before anything is read. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

export type LabRequest =
  | { id: number; kind: 'load'; file: Blob; columns: ColumnRole[]; dateOrder: DateOrder }
  | { id: number; kind: 'generate'; count: number; seed: number; params: Partial<GenerateParams> }
  | { id: number; kind: 'analyse'; request: AnalyseRequest }
  | { id: number; kind: 'abc'; cuts: [number, number] }
  | { id: number; kind: 'clv'; options: ClvOptions; cuts: [number, number] };

export type LabReply =
  | { id: number; kind: 'progress'; fraction: number }
  | { id: number; kind: 'loaded'; summary: LoadSummary }
  | { id: number; kind: 'analysed'; view: LabView }
  | { id: number; kind: 'abc'; view: AbcView | null }
  | { id: number; kind: 'clv'; view: ClvView | null }
  | { id: number; kind: 'failed'; code: string; message: string };
