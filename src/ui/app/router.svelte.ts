// Hash routes (`#/play/some-id?seed=3`), so any static host under any sub-path works:
// the server only ever sees index.html.
export interface Route {
  /** First path segment: '' for home, 'play', 'sandbox', … */
  name: string;
  /** Remaining path segments, URI-decoded. */
  params: string[];
  query: URLSearchParams;
  /** The whole hash path, for messages. */
  path: string;
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const [pathPart = '', queryPart = ''] = raw.split('?', 2) as [string?, string?];
  const segments = pathPart.split('/').filter(Boolean).map((s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  });
  return {
    name: segments[0] ?? '',
    params: segments.slice(1),
    query: new URLSearchParams(queryPart),
    path: pathPart || '/',
  };
}

export function href(path: string, query?: Record<string, string | number> | URLSearchParams): string {
  const q = query instanceof URLSearchParams ? query : new URLSearchParams(
    Object.entries(query ?? {}).map(([k, v]) => [k, String(v)]),
  );
  const qs = q.toString();
  return `#${path}${qs ? `?${qs}` : ''}`;
}

class Router {
  route = $state<Route>(parseHash(globalThis.location?.hash ?? ''));

  constructor() {
    globalThis.addEventListener?.('hashchange', () => {
      this.route = parseHash(globalThis.location.hash);
    });
  }

  /** Replaces the query of the current URL without a new history entry (sandbox state). */
  replaceQuery(query: URLSearchParams): void {
    const url = href(this.route.path, query);
    history.replaceState(history.state, '', url);
    this.route = parseHash(url);
  }
}

export const router = new Router();
