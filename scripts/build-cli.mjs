// The lab CLI pre-built: src/cli/lab.ts and everything it imports bundled by esbuild (which
// vite and tsx already bring) into one ES module, rebuilt only when one of its inputs changed.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const ENTRY = resolve(root, 'src/cli/lab.ts');
/** In node_modules/.cache: never committed, and a fresh `npm ci` starts without a stale one. */
export const CLI_BUNDLE = resolve(root, 'node_modules/.cache/loyalty-lab/lab.mjs');
const INPUTS = `${CLI_BUNDLE}.inputs.json`;

const mtime = (file) => {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return Infinity; // a vanished input: rebuild
  }
};

/** True when there is no bundle, or one of the files it was built from is newer than it. */
export function cliIsStale() {
  if (!existsSync(CLI_BUNDLE) || !existsSync(INPUTS)) return true;
  const built = mtime(CLI_BUNDLE);
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(INPUTS, 'utf8'));
  } catch {
    return true;
  }
  return ![...inputs, 'package-lock.json'].every((file) => mtime(resolve(root, file)) <= built);
}

/** Bundles the CLI; returns the bundle's path. */
export async function buildCli() {
  const { build } = await import('esbuild');
  mkdirSync(dirname(CLI_BUNDLE), { recursive: true });
  const result = await build({
    entryPoints: [ENTRY],
    outfile: CLI_BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    metafile: true,
    logLevel: 'warning',
    // Some dependencies ship CommonJS for Node (yaml requires `process`): give them a require.
    banner: {
      js: "// Built by scripts/build-cli.mjs from src/cli/lab.ts: do not edit.\nimport { createRequire as __labRequire } from 'node:module';\nconst require = __labRequire(import.meta.url);",
    },
  });
  // Only our own sources: node_modules changes come with package-lock.json, checked above.
  const inputs = Object.keys(result.metafile.inputs).filter((file) => !file.includes('node_modules'));
  writeFileSync(INPUTS, JSON.stringify(inputs.map((file) => relative(root, resolve(root, file)))));
  return CLI_BUNDLE;
}

/** The bundle's path, built first when missing or stale. */
export async function ensureCli() {
  return cliIsStale() ? buildCli() : CLI_BUNDLE;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const file = await buildCli();
  console.log(`lab CLI bundled: ${relative(root, file)}`);
}
