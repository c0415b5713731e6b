// Step 9: the service worker's precache list and version.
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { staging } from './staging.mjs';

const compressed = /\.(gz|br)$/;

/** 9. The service worker precaches every file but itself and large extras,
 * under a version that hashes them all: each release replaces the previous
 * cache cleanly. */
export async function writeServiceWorker() {
  // Files from a previous hook run (trunk serve rebuilds in place) are dropped.
  for (const name of await readdir(staging)) {
    if (compressed.test(name)) await rm(join(staging, name));
  }
  const notCached = new Set(['sw.js', '_headers', 'social.png']);
  const files = (await readdir(staging, { withFileTypes: true }))
    .filter((entry) => entry.isFile() && !notCached.has(entry.name))
    .map((entry) => entry.name)
    .sort();
  const version = createHash('sha256');
  for (const name of files) version.update(name).update(await readFile(join(staging, name)));
  const precache = files.map((name) => (name === 'index.html' ? './' : `./${name}`));
  const swPath = join(staging, 'sw.js');
  const sw = (await readFile(swPath, 'utf8'))
    .replace('"__VERSION__"', JSON.stringify(version.digest('hex').slice(0, 16)))
    .replace('["__PRECACHE__"]', JSON.stringify(precache));
  if (sw.includes('__VERSION__') || sw.includes('__PRECACHE__')) {
    throw new Error('sw.js: version or precache placeholder not replaced');
  }
  await writeFile(swPath, sw);
  console.log(`post-build: service worker ${files.length} files`);
}
