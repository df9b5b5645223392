// Where a share payload lives in the app's URL: `#/shared/<payload>` (the play view) and
// `#/shared/<payload>?view=sandbox`. The fragment is never sent to a server.
export const SHARED_ROUTE = 'shared';
export const SANDBOX_VIEW = 'sandbox';

export const sharedHref = (payload: string): string => `#/${SHARED_ROUTE}/${payload}`;
export const sharedSandboxHref = (payload: string): string => `${sharedHref(payload)}?view=${SANDBOX_VIEW}`;

/** The full link to hand out: this page's address with the shared route as its fragment. */
export function shareUrl(payload: string, pageUrl: string): string {
  return `${pageUrl.split('#')[0]}${sharedHref(payload)}`;
}
