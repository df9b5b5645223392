// Types for scripts/serve.mjs, so the TypeScript e2e setup can import it under strict mode.
// Keep in step with serve.mjs (a plain .mjs so `npm start` runs with bare node).
export declare const MIME_TYPES: Record<string, string>;
export declare function normaliseBase(base?: string): string;
export interface StaticServer {
  /** http://host:port/base/ — always ends with the base path and a slash. */
  url: string;
  port: number;
  close(): Promise<void>;
}
export declare function serveStatic(options: {
  root: string;
  base?: string;
  host?: string;
  port?: number;
}): Promise<StaticServer>;
