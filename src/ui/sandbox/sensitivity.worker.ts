// The sensitivity sweep off the main thread: 2 × (parameters) evaluations take 100–200 ms
// for the model-based cases (test/bench/sandbox.bench.ts), too long to freeze the page for.
import { prepareScenario, type PreparedScenario } from '../../engine/prepared.ts';
import { sensitivity } from '../../engine/sensitivity.ts';
import type { SweepRequest, SweepResponse } from './sweepProtocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let prepared: PreparedScenario | null = null;

scope.onmessage = (event: MessageEvent<SweepRequest>) => {
  const request = event.data;
  if (request.type === 'scenario') {
    prepared = prepareScenario(request.scenario);
    return;
  }
  let response: SweepResponse;
  try {
    if (!prepared) throw new Error('no scenario sent before the sweep');
    response = { id: request.id, ok: true, result: sensitivity(prepared, request) };
  } catch (error) {
    response = { id: request.id, ok: false, message: String((error as Error)?.message ?? error) };
  }
  scope.postMessage(response);
};
