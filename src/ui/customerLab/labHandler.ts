// Answers one lab request with a session: the worker's body, also run on the main thread
// when no worker is available (tests, old browsers). Reading the file happens here too.
import { AnalysisError } from '../../engine/customers/analyse.ts';
import { looksBinary } from '../../engine/customers/parse.ts';
import type { LabSession, LoadSummary } from '../../engine/customers/session.ts';
import { MAX_FILE_BYTES, type LabReply, type LabRequest } from './labProtocol.ts';

const fatalSummary = (code: string, params: Record<string, string | number> = {}): LoadSummary => ({
  rows: 0, badRows: 0, header: false, problems: [], fatal: { code, line: 0, column: 0, params },
  customers: 0, firstDay: 0, lastDay: 0, suggestedEnd: 0,
});

export async function handleLabRequest(session: LabSession, request: LabRequest, send: (reply: LabReply) => void): Promise<void> {
  const { id } = request;
  const progress = (fraction: number) => send({ id, kind: 'progress', fraction });
  try {
    switch (request.kind) {
      case 'load': {
        const { file } = request;
        if (file.size > MAX_FILE_BYTES) {
          send({ id, kind: 'loaded', summary: fatalSummary('too-large', { size: Math.ceil(file.size / 1048576), max: MAX_FILE_BYTES / 1048576 }) });
          return;
        }
        // A binary file is recognised from its start, before the whole of it is decoded.
        if (looksBinary(await file.slice(0, 65536).text())) {
          send({ id, kind: 'loaded', summary: fatalSummary('binary') });
          return;
        }
        progress(0.05);
        const text = await file.text();
        send({ id, kind: 'loaded', summary: session.load(text, request.columns, request.dateOrder, (f) => progress(0.1 + 0.9 * f)) });
        return;
      }
      case 'generate':
        send({ id, kind: 'loaded', summary: session.generate(request.count, request.seed, request.params, progress) });
        return;
      case 'analyse':
        send({ id, kind: 'analysed', view: session.analyse(request.request) });
        return;
      case 'abc':
        send({ id, kind: 'abc', view: session.abc(request.cuts) });
        return;
      case 'clv':
        send({ id, kind: 'clv', view: session.clv(request.options, request.cuts) });
        return;
    }
  } catch (error) {
    const code = error instanceof AnalysisError ? error.code : 'internal';
    send({ id, kind: 'failed', code, message: String((error as Error)?.message ?? error) });
  }
}
