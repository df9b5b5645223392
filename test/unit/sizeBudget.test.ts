// The first-load size check (scripts/size-budget.ts) on a tiny in-memory build: it follows
// static imports, never lazy import() chunks, and counts linked CSS.
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { firstLoadFiles, htmlEntryFiles, staticImports } from '../../scripts/size-budget.ts';

const INDEX_HTML = `<!doctype html><html><head>
<script type="module" crossorigin src="./assets/index-a1.js"></script>
<link rel="modulepreload" crossorigin href="./assets/vendor-b2.js">
<link rel="stylesheet" crossorigin href="./assets/index-c3.css">
<link rel="icon" href="./favicon.svg">
<link rel="manifest" href="./manifest.webmanifest"><script id="register" src="./registerSW.js"></script>
<script src="https://example.org/elsewhere.js"></script>
</head><body></body></html>`;

const FILES: Record<string, string> = {
  'assets/index-a1.js': 'import{a as e}from"./vendor-b2.js";import"./shared-d4.js";const r=()=>import(`./Lazy-e5.js`),s=()=>import("./Lazy2-f6.js");e.importNode(1)',
  'assets/vendor-b2.js': 'export{x as a}from"./deep-g7.js";',
  'assets/shared-d4.js': 'import{a}from"./vendor-b2.js";console.log(a)',
  'assets/deep-g7.js': 'export const x=1',
  'assets/index-c3.css': 'body{margin:0}',
  'registerSW.js': "navigator.serviceWorker.register('./sw.js')",
};

test('index.html entry files: local scripts, module preloads and stylesheets only', () => {
  expect(htmlEntryFiles(INDEX_HTML)).toEqual([
    'assets/index-a1.js',
    'assets/vendor-b2.js',
    'assets/index-c3.css',
    'registerSW.js',
  ]);
});

test('static imports and re-exports are found; dynamic import() is not', () => {
  expect(staticImports(FILES['assets/index-a1.js'] ?? '')).toEqual(['./vendor-b2.js', './shared-d4.js']);
  expect(staticImports('export{x as a}from"./deep-g7.js";')).toEqual(['./deep-g7.js']);
  expect(staticImports('import * as m from "../up.js"\nimport { b } from \'./b.js\'')).toEqual(['../up.js', './b.js']);
});

test('the first load follows static imports recursively, once each, with gzip sizes', () => {
  const files = firstLoadFiles(INDEX_HTML, (file) => {
    const text = FILES[file];
    if (text === undefined) throw new Error(`unexpected read of ${file}`);
    return text;
  });
  expect(files.map((f) => f.file)).toEqual([
    'assets/index-a1.js',
    'assets/vendor-b2.js',
    'assets/deep-g7.js',
    'assets/shared-d4.js',
    'assets/index-c3.css',
    'registerSW.js',
  ]);
  const css = files.find((f) => f.file === 'assets/index-c3.css');
  expect(css).toEqual({ file: 'assets/index-c3.css', bytes: 14, gzipBytes: gzipSync('body{margin:0}', { level: 9 }).length });
});
