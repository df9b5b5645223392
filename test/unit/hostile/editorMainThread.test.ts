// The editor never parses a hostile draft on the main thread (issue 22, finding 7): a check
// that failed in the worker is not re-run here, deep or oversized text is refused before any
// parse, and a large draft's first check goes to the worker.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, vi } from 'vitest';
import { DraftChecker, type CheckRequest } from '../../../src/ui/author/draftChecker.ts';
import { DraftWorkspace } from '../../../src/ui/author/draftWorkspace.svelte.ts';
import { draftTitle } from '../../../src/ui/author/draftStore.ts';
import { parseYaml } from '../../../src/ui/author/yamlEdit.ts';

const COFFEE = readFileSync(resolve(import.meta.dirname, '../../../scenarios/coffee-card-example.yaml'), 'utf8');
const DEEP = `${COFFEE}extra: ${'['.repeat(500_000)}${']'.repeat(500_000)}\n`;

function fakeWorker() {
  const posted: CheckRequest[] = [];
  const worker = { postMessage: (m: CheckRequest) => posted.push(m), terminate: vi.fn(), onmessage: null as ((e: MessageEvent) => void) | null, onerror: null };
  return { posted, worker, create: () => worker as unknown as Worker };
}

test('a check that failed in the worker becomes a problem, not a second check on the main thread', () => {
  const { worker, create } = fakeWorker();
  const results: { issues: { code: string; params: Record<string, unknown> }[] }[] = [];
  const checker = new DraftChecker((analysis) => results.push(analysis), create);
  checker.request(COFFEE);
  worker.onmessage!({ data: { id: 1, ok: false, message: 'Maximum call stack size exceeded' } } as MessageEvent);
  // Checked here, the valid coffee case would have come back with no issues.
  expect(results).toEqual([expect.objectContaining({ issues: [expect.objectContaining({ code: 'invalid', params: { detail: 'Maximum call stack size exceeded' } })] })]);
  checker.dispose();
});

test('the form and title readers refuse a 500,000-deep text before parsing, in well under 100 ms', () => {
  const started = performance.now();
  expect(parseYaml(DEEP)).toBeNull();
  expect(draftTitle(DEEP, 'en', 'kept')).toBe('kept');
  expect(performance.now() - started).toBeLessThan(100);
});

test('a large draft is first checked in the worker; typing never parses it on the main thread', () => {
  const { posted, create } = fakeWorker();
  const large = `${COFFEE}${'# padding\n'.repeat(8000)}`;
  const saved: string[] = [];
  const started = performance.now();
  const workspace = new DraftWorkspace({ id: 'd1', title: 'Coffee', text: large, createdAt: '', updatedAt: '' }, { saveDraft: async (d: { title: string }) => void saved.push(d.title) } as never, () => 'en', create);
  expect(performance.now() - started).toBeLessThan(100);
  expect(posted).toEqual([{ id: 1, text: large }]);
  expect(workspace.check).toMatchObject({ text: large, prepared: null, issues: [] });
});
