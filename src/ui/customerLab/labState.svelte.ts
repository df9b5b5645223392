// The customer lab page's state: where the data comes from, the mapping step, progress, and
// the latest views from the worker. A newer request makes an older reply stale (ignored).
import { guessColumns, previewRows } from '../../engine/customers/columns.ts';
import { DEFAULT_CLV, type ClvOptions } from '../../engine/customers/clv.ts';
import { isoDate, parseDate, type DateOrder } from '../../engine/customers/dates.ts';
import type { GenerateParams } from '../../engine/customers/generate.ts';
import type { LabView } from '../../engine/customers/labView.ts';
import type { CustomerProblem } from '../../engine/customers/messages.ts';
import { looksBinary, type ColumnRole } from '../../engine/customers/parse.ts';
import type { LoadSummary } from '../../engine/customers/session.ts';
import { LabClient } from './labClient.ts';
import { MAX_FILE_BYTES, type LabReply } from './labProtocol.ts';

export type LabStep = 'source' | 'mapping' | 'busy' | 'ready';

export class LabState {
  step = $state<LabStep>('source');
  fileName = $state('');
  preview = $state<string[][]>([]);
  columns = $state<ColumnRole[]>([]);
  dateOrder = $state<DateOrder>('ymd');
  /** 0..1 while the worker reads or fits; null when idle. */
  progress = $state<number | null>(null);
  busyWith = $state<'reading' | 'fitting' | null>(null);
  problem = $state<CustomerProblem | null>(null);
  loaded = $state<LoadSummary | null>(null);
  view = $state<LabView | null>(null);
  /** Counts analyses, so the page can tell a new fit from a moved slider. */
  revision = $state(0);
  calibrationEnd = $state('');
  cuts = $state<[number, number]>([0.2, 0.3]);
  clv = $state<ClvOptions>({ ...DEFAULT_CLV });
  #file: File | null = null;
  #client: LabClient;
  #latest = { abc: 0, clv: 0 };

  constructor(client: LabClient = new LabClient()) {
    this.#client = client;
  }

  dispose(): void {
    this.#client.dispose();
  }

  /** The first step with a file: its first lines, for the mapping step. Nothing is read yet. */
  async chooseFile(file: File): Promise<void> {
    this.problem = null;
    this.fileName = file.name;
    if (file.size > MAX_FILE_BYTES) return this.#fail({ code: 'too-large', params: { size: Math.ceil(file.size / 1048576), max: MAX_FILE_BYTES / 1048576 } });
    const head = await file.slice(0, 8192).text();
    if (looksBinary(head)) return this.#fail({ code: 'binary', params: {} });
    // The last line of the slice may be cut short: preview whole lines only.
    const rows = previewRows(file.size > 8192 ? head.slice(0, head.lastIndexOf('\n')) : head);
    if (rows.length === 0) return this.#fail({ code: 'no-rows', params: {} });
    this.#file = file;
    this.preview = rows;
    this.columns = guessColumns(rows);
    this.step = 'mapping';
  }

  async readFile(): Promise<void> {
    if (!this.#file) return;
    this.#startBusy('reading');
    const reply = await this.#client.request({ kind: 'load', file: this.#file, columns: $state.snapshot(this.columns), dateOrder: this.dateOrder }, (f) => (this.progress = f));
    await this.#afterLoad(reply, 'mapping');
  }

  async generate(count: number, seed: number, params: Partial<GenerateParams>): Promise<void> {
    this.fileName = '';
    this.#file = null;
    this.#startBusy('reading');
    const reply = await this.#client.request({ kind: 'generate', count, seed, params }, (f) => (this.progress = f));
    await this.#afterLoad(reply, 'source');
  }

  async analyse(): Promise<void> {
    const end = parseDate(this.calibrationEnd);
    if (end === null) {
      this.problem = { code: 'bad-calibration-end', params: { value: this.calibrationEnd } };
      return;
    }
    this.#startBusy('fitting');
    const reply = await this.#client.request({ kind: 'analyse', request: { calibrationEnd: end, cuts: [...this.cuts], clv: { ...this.clv } } });
    this.progress = null;
    this.busyWith = null;
    if (reply.kind === 'analysed') {
      this.view = reply.view;
      this.revision += 1;
      this.step = 'ready';
    } else if (reply.kind === 'failed') {
      this.problem = { code: reply.code, params: {} };
      this.step = this.view ? 'ready' : 'source';
    }
  }

  async setCuts(cuts: [number, number]): Promise<void> {
    this.cuts = cuts;
    const ticket = ++this.#latest.abc;
    const reply = await this.#client.request({ kind: 'abc', cuts });
    if (ticket === this.#latest.abc && reply.kind === 'abc' && reply.view && this.view) this.view.abc = reply.view;
    await this.setClv(this.clv);
  }

  async setClv(options: ClvOptions): Promise<void> {
    this.clv = options;
    const ticket = ++this.#latest.clv;
    const reply = await this.#client.request({ kind: 'clv', options: { ...options }, cuts: [...this.cuts] });
    if (ticket === this.#latest.clv && reply.kind === 'clv' && reply.view && this.view) this.view.clv = reply.view;
  }

  backToSource(): void {
    this.step = 'source';
    this.problem = null;
  }

  #startBusy(what: 'reading' | 'fitting'): void {
    this.problem = null;
    this.progress = 0;
    this.busyWith = what;
    this.step = 'busy';
  }

  async #afterLoad(reply: LabReply, onFail: LabStep): Promise<void> {
    this.progress = null;
    this.busyWith = null;
    if (reply.kind !== 'loaded') {
      this.step = onFail;
      if (reply.kind === 'failed') this.problem = { code: reply.code, params: {} };
      return;
    }
    this.loaded = reply.summary;
    if (reply.summary.fatal) {
      this.step = onFail;
      this.problem = reply.summary.fatal;
      return;
    }
    this.view = null;
    this.calibrationEnd = isoDate(reply.summary.suggestedEnd);
    await this.analyse();
  }

  #fail(problem: CustomerProblem): void {
    this.problem = problem;
    this.step = 'source';
  }
}
