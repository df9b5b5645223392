// The sweeper's scheduling: one sweep in the worker at a time, only the newest request run
// next, the main thread when there is no worker or it fails, nothing after dispose.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { prepareScenario } from '../../../src/engine/prepared.ts';
import { loadScenario } from '../../../src/engine/scenario/load.ts';
import { sensitivity, type SensitivityResult } from '../../../src/engine/sensitivity.ts';
import { SensitivitySweeper } from '../../../src/ui/sandbox/sensitivitySweeper.ts';
import type { SweepInput, SweepRequest, SweepResponse } from '../../../src/ui/sandbox/sweepProtocol.ts';

const loaded = loadScenario(readFileSync(resolve(import.meta.dirname, '../../../scenarios/coffee-card-example.yaml'), 'utf8'));
if (!loaded.ok) throw new Error('the example scenario must be valid');
const coffee = prepareScenario(loaded.scenario);

/** Stands in for the worker: keeps what it was sent; the test decides when it answers. */
class FakeWorker {
  sent: SweepRequest[] = [];
  isTerminated = false;
  onmessage: ((event: MessageEvent<SweepResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  postMessage(request: SweepRequest) {
    this.sent.push(structuredClone(request));
  }
  terminate() {
    this.isTerminated = true;
  }
  sweeps() {
    return this.sent.filter((r): r is Extract<SweepRequest, { type: 'sweep' }> => r.type === 'sweep');
  }
  /** Answers the last sweep request as the real worker would. */
  answer(ok = true) {
    const request = this.sweeps().at(-1)!;
    const response: SweepResponse = ok ? { id: request.id, ok: true, result: sensitivity(prepareScenario(this.scenario()), request) } : { id: request.id, ok: false, message: 'boom' };
    this.onmessage?.({ data: response } as MessageEvent<SweepResponse>);
  }
  scenario() {
    const first = this.sent[0];
    if (first?.type !== 'scenario') throw new Error('the scenario must be sent first');
    return first.scenario;
  }
}

const input = (upliftStamp: number): SweepInput => ({ params: { upliftStamp }, seed: 1, metric: 'profitChange' });

function setUp(withWorker = true) {
  const worker = new FakeWorker();
  const results: { result: SensitivityResult; input: SweepInput }[] = [];
  const sweeper = new SensitivitySweeper(coffee, (result, given) => results.push({ result, input: given }), withWorker ? () => worker as unknown as Worker : null);
  return { worker, results, sweeper };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('with a worker', () => {
  test('sends the scenario once, then one sweep at a time; only the newest waiting request runs next', () => {
    const { worker, results, sweeper } = setUp();
    expect(worker.sent.map((r) => r.type)).toEqual(['scenario']);
    const [a, b, c] = [input(0.1), input(0.2), input(0.3)];
    sweeper.request(a);
    sweeper.request(b);
    sweeper.request(c);
    expect(worker.sweeps().map((r) => r.params.upliftStamp)).toEqual([0.1]);
    worker.answer();
    expect(results.map((r) => r.input)).toEqual([a]);
    expect(results[0]!.result).toEqual(sensitivity(coffee, a));
    expect(worker.sweeps().map((r) => r.params.upliftStamp)).toEqual([0.1, 0.3]);
    worker.answer();
    expect(results.map((r) => r.input)).toEqual([a, c]);
  });

  test('a failed sweep moves the work to the main thread', () => {
    const { worker, results, sweeper } = setUp();
    sweeper.request(input(0.2));
    worker.answer(false);
    expect(worker.isTerminated).toBe(true);
    expect(results).toEqual([]);
    vi.runAllTimers();
    expect(results.map((r) => r.result)).toEqual([sensitivity(coffee, input(0.2))]);
  });

  test('a worker that cannot load: the waiting request runs on the main thread', () => {
    const { worker, results, sweeper } = setUp();
    sweeper.request(input(0.4));
    worker.onerror?.({ preventDefault() {} } as ErrorEvent);
    vi.runAllTimers();
    expect(results.map((r) => r.result.base)).toEqual([sensitivity(coffee, input(0.4)).base]);
  });

  test('nothing arrives after dispose', () => {
    const { worker, results, sweeper } = setUp();
    sweeper.request(input(0.2));
    sweeper.dispose();
    worker.answer();
    expect(worker.isTerminated).toBe(true);
    expect(results).toEqual([]);
  });
});

test('without a worker: a burst of requests runs once, with the newest values', () => {
  const { results, sweeper } = setUp(false);
  sweeper.request(input(0.1));
  sweeper.request(input(0.5));
  expect(results).toEqual([]);
  vi.runAllTimers();
  expect(results).toHaveLength(1);
  expect(results[0]!.result.base).toBeCloseTo(8000, 9); // 2000 · (1.5 · 12 − 14)
});
