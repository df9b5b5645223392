// A small static server for the production build (dist/): `npm start`, the e2e tests and
// the Lighthouse run all use it. No dependency; gzip for text; any base path (e.g. /a/b/).
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.yaml': 'text/yaml; charset=utf-8',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
};

const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json)|image\/svg)/;

/** Normalises a base path to '/…/' form: '' → '/', 'a/b' → '/a/b/'. */
export function normaliseBase(base = '/') {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * Serves `root` under `base` on `host:port` (port 0 picks a free one).
 * Resolves to { url, port, close() } once listening; `url` ends with the base path.
 */
export async function serveStatic({ root, base = '/', host = '127.0.0.1', port = 4173 } = {}) {
  const rootDir = resolve(root);
  const basePath = normaliseBase(base);
  const gzipCache = new Map(); // file path → gzipped body; dist/ does not change while we serve it

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    // The base without its trailing slash: redirect so relative asset URLs resolve.
    if (url.pathname === basePath.slice(0, -1)) {
      res.writeHead(301, { Location: basePath + url.search }).end();
      return;
    }
    if (!url.pathname.startsWith(basePath)) return notFound(res);
    let relative;
    try {
      relative = decodeURIComponent(url.pathname.slice(basePath.length));
    } catch {
      return notFound(res);
    }
    let file = resolve(rootDir, relative);
    if (file !== rootDir && !file.startsWith(rootDir + sep)) return notFound(res); // no ../ escapes
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      const type = MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
      const headers = {
        'Content-Type': type,
        // Hashed file names under assets/ never change; everything else must be revalidated
        // (index.html, sw.js, the manifest) so a new build reaches the learner.
        'Cache-Control': relative.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        'X-Content-Type-Options': 'nosniff',
        Vary: 'Accept-Encoding',
      };
      const wantsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      let payload = body;
      if (wantsGzip && COMPRESSIBLE.test(type) && body.length > 512) {
        payload = gzipCache.get(file) ?? gzipSync(body);
        gzipCache.set(file, payload);
        headers['Content-Encoding'] = 'gzip';
      }
      headers['Content-Length'] = payload.length;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : payload);
    } catch {
      notFound(res);
    }
  });

  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => done(undefined));
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${host}:${actualPort}${basePath}`,
    port: actualPort,
    close: () => new Promise((done) => {
      server.closeAllConnections();
      server.close(() => done(undefined));
    }),
  };
}

function notFound(res) {
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
}

// Run directly (`node scripts/serve.mjs [base]`): serve dist/ until Ctrl+C.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = resolve(import.meta.dirname, '..', 'dist');
  if (!existsSync(join(root, 'index.html'))) {
    console.error('dist/index.html is missing: run `npm run build` first (or use `npm start`).');
    process.exit(1);
  }
  const port = Number(process.env.PORT ?? 4173);
  const { url } = await serveStatic({ root, base: process.argv[2] ?? '/', port });
  console.log(`Loyalty Lab is being served at ${url}  (Ctrl+C to stop)`);
}
