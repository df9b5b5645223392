// The customer lab's worker: parsing, fitting and CLV run here so the page never freezes;
// the data stays in this browser tab.
import { LabSession } from '../../engine/customers/session.ts';
import { handleLabRequest } from './labHandler.ts';
import type { LabReply, LabRequest } from './labProtocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const session = new LabSession();

scope.onmessage = (event: MessageEvent<LabRequest>) => {
  void handleLabRequest(session, event.data, (reply: LabReply) => scope.postMessage(reply));
};
