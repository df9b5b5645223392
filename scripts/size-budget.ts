// First-load size budget: the gzip bytes of the JS and CSS a learner downloads before the
// first page appears. Lazy route chunks (dynamic import()) are not counted. `npm test` runs it.
import { readFileSync } from 'node:fs';
import { posix, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The budget for the first page, in gzip bytes (150 KB). */
export const FIRST_LOAD_BUDGET_BYTES = 150 * 1024;

export interface SizedFile {
  /** Path relative to dist/, e.g. 'assets/index-abc.js'. */
  file: string;
  bytes: number;
  gzipBytes: number;
}

const ATTRIBUTE = (name: string) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`, 'i');

/** Local scripts, module preloads and stylesheets that index.html loads, relative to dist/. */
export function htmlEntryFiles(indexHtml: string): string[] {
  const files: string[] = [];
  for (const [tag] of indexHtml.matchAll(/<(script|link)\b[^>]*>/gi)) {
    const isScript = /^<script/i.test(tag);
    const rel = ATTRIBUTE('rel').exec(tag)?.[1]?.toLowerCase() ?? '';
    if (!isScript && rel !== 'stylesheet' && rel !== 'modulepreload') continue;
    const url = ATTRIBUTE(isScript ? 'src' : 'href').exec(tag)?.[1];
    if (url && !/^[a-z]+:|^\/\//i.test(url)) files.push(posix.normalize(url.replace(/^\//, '')));
  }
  return files;
}

/**
 * Relative specifiers of the static `import … from '…'`, `import '…'` and `export … from '…'`
 * statements in a built chunk. `import('…')` is lazy and deliberately not matched: the
 * bindings part may hold only names, braces, commas and `*`, never a parenthesis.
 */
export function staticImports(code: string): string[] {
  const statement = /(?:^|[;}\n])\s*(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?(["'])(\.{1,2}\/[^"']+)\1/g;
  return [...code.matchAll(statement)].map((m) => m[2] as string);
}

/**
 * Every file of the first load: the entry files of index.html and, for JS, their static
 * imports followed recursively. `read` returns a file's content by its dist-relative path.
 */
export function firstLoadFiles(indexHtml: string, read: (file: string) => Uint8Array | string): SizedFile[] {
  const seen = new Map<string, SizedFile>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    const content = read(file);
    const bytes = typeof content === 'string' ? Buffer.from(content) : content;
    seen.set(file, { file, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length });
    if (!/\.m?js$/.test(file)) return;
    const dir = posix.dirname(file);
    for (const specifier of staticImports(Buffer.from(bytes).toString('utf8'))) {
      visit(posix.normalize(posix.join(dir, specifier)));
    }
  };
  for (const file of htmlEntryFiles(indexHtml)) visit(file);
  return [...seen.values()];
}

/** Reads a build folder and measures its first load. */
export function measureFirstLoad(distDir: string): { files: SizedFile[]; totalGzipBytes: number } {
  const dist = resolve(distDir);
  const files = firstLoadFiles(readFileSync(resolve(dist, 'index.html'), 'utf8'), (file) =>
    readFileSync(resolve(dist, file)),
  );
  return { files, totalGzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0) };
}

/** A short human-readable report, one line per file and a total against the budget. */
export function formatReport({ files, totalGzipBytes }: ReturnType<typeof measureFirstLoad>): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const lines = files.map((f) => `  ${f.file.padEnd(40)} ${kb(f.bytes).padStart(9)} raw ${kb(f.gzipBytes).padStart(9)} gzip`);
  lines.push(`First load: ${kb(totalGzipBytes)} gzip (budget ${kb(FIRST_LOAD_BUDGET_BYTES)})`);
  return lines.join('\n');
}
