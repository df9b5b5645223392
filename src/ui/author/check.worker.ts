// Draft analysis off the main thread: YAML parsing and validation of a flagship-sized file
// take 20–50 ms in a browser, long enough to stutter typing if done on every pause.
import { analyseDraft } from './analyseDraft.ts';
import type { CheckRequest, CheckResponse } from './draftChecker.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<CheckRequest>) => {
  const { id, text } = event.data;
  let response: CheckResponse;
  try {
    response = { id, ok: true, analysis: analyseDraft(text) };
  } catch (error) {
    response = { id, ok: false, message: String((error as Error)?.message ?? error) };
  }
  scope.postMessage(response);
};
