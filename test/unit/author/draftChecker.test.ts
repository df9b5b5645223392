// Checking drafts while typing: only the newest waiting text is checked next, results come
// back as plain data, and a worker that fails falls back to the main thread.
import { expect, test, vi } from 'vitest';
import type { DraftAnalysis } from '../../../src/ui/author/analyseDraft.ts';
import { DraftChecker, type CheckRequest } from '../../../src/ui/author/draftChecker.ts';

const VALID_START = 'formatVersion: 1\nid: x\n';

test('without a worker, checks run on the main thread and the newest waiting text wins', async () => {
  const results: DraftAnalysis[] = [];
  const checker = new DraftChecker((analysis) => results.push(analysis), null);
  checker.request('a: 1\n');
  checker.request('b: [\n');
  checker.request('id: x\n');
  await vi.waitFor(() => expect(results.map((r) => r.text)).toEqual(['a: 1\n', 'id: x\n']));
  expect(results[0]!.issues.length).toBeGreaterThan(0);
  expect(results[1]!.editable).toMatchObject({ ok: true, scenario: { id: 'x' } });
  checker.dispose();
});

test('a worker gets one request at a time; its answer is delivered and the next one sent', () => {
  const posted: CheckRequest[] = [];
  const worker = { postMessage: (m: CheckRequest) => posted.push(m), terminate: vi.fn(), onmessage: null as ((e: MessageEvent) => void) | null, onerror: null };
  const results: string[] = [];
  const checker = new DraftChecker((analysis) => results.push(analysis.text), () => worker as unknown as Worker);
  checker.request('one');
  checker.request('two');
  checker.request('three');
  expect(posted).toEqual([{ id: 1, text: 'one' }]);
  const answer = (id: number, text: string) =>
    worker.onmessage!({ data: { id, ok: true, analysis: { text, issues: [], scenario: null, editable: { ok: false, reason: 'not-a-mapping' }, ms: 1 } } } as MessageEvent);
  answer(1, 'one');
  expect(results).toEqual(['one']);
  expect(posted).toEqual([{ id: 1, text: 'one' }, { id: 2, text: 'three' }]);
  answer(1, 'stale'); // an answer to an old request is ignored
  answer(2, 'three');
  expect(results).toEqual(['one', 'three']);
  checker.dispose();
  expect(worker.terminate).toHaveBeenCalled();
});

test('a worker that fails to load hands its request to the main thread', async () => {
  const worker = { postMessage: vi.fn(), terminate: vi.fn(), onmessage: null, onerror: null as ((e: Event) => void) | null };
  const results: DraftAnalysis[] = [];
  const checker = new DraftChecker((analysis) => results.push(analysis), () => worker as unknown as Worker);
  checker.request(VALID_START);
  worker.onerror!({ preventDefault: () => undefined } as Event);
  await vi.waitFor(() => expect(results.map((r) => r.text)).toEqual([VALID_START]));
  expect(worker.terminate).toHaveBeenCalled();
});
