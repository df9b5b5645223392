// Types for scripts/build-cli.mjs (plain JS, so `npm run lab` needs no TypeScript loader).
export declare const CLI_BUNDLE: string;
export declare function cliIsStale(): boolean;
export declare function buildCli(): Promise<string>;
export declare function ensureCli(): Promise<string>;
