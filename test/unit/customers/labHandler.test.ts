// The page's request handler (the worker's body) without a browser: a file over the size
// limit and a binary file are refused from their size and first bytes; a text file loads,
// fits, and re-cuts ABC; a fake worker that fails to start falls back to the main thread.
import { describe, expect, it } from 'vitest';
import { LabSession } from '../../../src/engine/customers/session.ts';
import { handleLabRequest } from '../../../src/ui/customerLab/labHandler.ts';
import { LabClient } from '../../../src/ui/customerLab/labClient.ts';
import { MAX_FILE_BYTES, type LabReply, type LabRequest } from '../../../src/ui/customerLab/labProtocol.ts';

async function ask(session: LabSession, request: LabRequest): Promise<LabReply[]> {
  const replies: LabReply[] = [];
  await handleLabRequest(session, request, (r) => replies.push(r));
  return replies;
}

const lines = ['c1,1997-01-01,10', 'c1,1997-02-01,20', 'c2,1997-01-05,5', 'c2,1997-06-01,7', 'c3,1997-01-09,3', 'c1,1997-07-01,30'];

describe('lab request handler', () => {
  it('refuses a file over the limit without reading it', async () => {
    const huge = { size: MAX_FILE_BYTES + 1, slice: () => { throw new Error('read'); }, text: () => { throw new Error('read'); } } as unknown as Blob;
    const [reply] = await ask(new LabSession(), { id: 1, kind: 'load', file: huge, columns: ['customer', 'date', 'amount'], dateOrder: 'ymd' });
    expect(reply).toMatchObject({ kind: 'loaded', summary: { fatal: { code: 'too-large', params: { max: 100 } } } });
  });

  it('refuses a binary file from its first bytes', async () => {
    const [reply] = await ask(new LabSession(), { id: 1, kind: 'load', file: new Blob([new Uint8Array([0, 1, 2, 255, 0, 7])]), columns: ['customer', 'date', 'amount'], dateOrder: 'ymd' });
    expect(reply).toMatchObject({ kind: 'loaded', summary: { fatal: { code: 'binary' } } });
  });

  it('loads, reports progress, fits and re-cuts ABC', async () => {
    const session = new LabSession();
    const loaded = await ask(session, { id: 1, kind: 'load', file: new Blob([lines.join('\n')]), columns: ['customer', 'date', 'amount'], dateOrder: 'ymd' });
    expect(loaded.some((r) => r.kind === 'progress')).toBe(true);
    expect(loaded.at(-1)).toMatchObject({ kind: 'loaded', summary: { rows: 6, customers: 3, fatal: null } });
    const [analysed] = await ask(session, { id: 2, kind: 'analyse', request: { calibrationEnd: 9862 + 120, cuts: [0.2, 0.3], clv: { margin: 0.3, discountRate: 0.1, years: 1 } } });
    expect(analysed).toMatchObject({ kind: 'analysed', view: { customers: 3 } });
    const [abc] = await ask(session, { id: 3, kind: 'abc', cuts: [0.34, 0.33] });
    // c1 spent 30 by day 120 (10 + 20), c2 5, c3 3: A = round(3 · 0.34) = 1 customer, 30/38 of revenue
    expect(abc).toMatchObject({ kind: 'abc', view: { classes: { A: { customers: 1 } } } });
    expect(abc?.kind === 'abc' && abc.view!.classes.A.revenueShare).toBeCloseTo(30 / 38, 12);
  });

  it('answers on the main thread when the worker fails to start', async () => {
    const listeners: { onerror: ((e: { preventDefault(): void }) => void) | null } = { onerror: null };
    const broken = { postMessage() { setTimeout(() => listeners.onerror?.({ preventDefault() {} }), 0); }, terminate() {}, set onmessage(_: unknown) {}, set onerror(f: (e: { preventDefault(): void }) => void) { listeners.onerror = f; } };
    const client = new LabClient(() => broken as unknown as Worker);
    const reply = await client.request({ kind: 'generate', count: 20, seed: 3, params: {} });
    expect(reply).toMatchObject({ kind: 'loaded', summary: { customers: 20 } });
  });
});
