// A minimal static server for dist/ on 127.0.0.1, for the browser tests
// (and anyone who wants to look at a release build without trunk).
// Usage: node serve-dist.mjs [port] [base path, default /] [folder, default dist/]
// e.g. node serve-dist.mjs 4174 /django-vs-flask/ serves dist/ as a project site.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const [portArg, baseArg, folderArg] = process.argv.slice(2);
const root = resolve(folderArg ?? fileURLToPath(new URL('../../dist', import.meta.url)));
const port = Number(portArg ?? process.env.PORT ?? 4173);
const base = baseArg ?? '/';
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

createServer(async (req, res) => {
  try {
    const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    if (!path.startsWith(base)) throw new Error('outside the base path');
    let file = normalize(join(root, path.slice(base.length)));
    if (!file.startsWith(root)) throw new Error('outside dist');
    if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
    // The build's precompressed copies, as a static host would serve them.
    const accepted = req.headers['accept-encoding'] ?? '';
    const encoding = ['br', 'gzip'].find((e) => accepted.includes(e));
    const suffix = { br: '.br', gzip: '.gz' }[encoding];
    const packed = suffix && (await readFile(file + suffix).catch(() => null));
    const body = packed ?? (await readFile(file));
    res.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      vary: 'accept-encoding',
      ...(packed ? { 'content-encoding': encoding } : {}),
    });
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('Not found');
  }
})
  .on('error', (error) => {
    // A port already taken is the usual cause: say so, without a stack trace.
    const why = error.code === 'EADDRINUSE' ? 'something else is using that port (PORT=<another> picks one)' : error.message;
    console.error(`Cannot serve on 127.0.0.1:${port}: ${why}`);
    process.exit(1);
  })
  .listen(port, '127.0.0.1', () => {
    console.log(`Serving ${root} at http://127.0.0.1:${port}${base}`);
  });
