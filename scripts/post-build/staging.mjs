// What every post-build step shares: Trunk's staging directory, which holds
// the release being finished, and the hashes that name its files and vouch
// for them in the page.
import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';

export const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('post-build.mjs runs as a Trunk hook (TRUNK_STAGING_DIR unset)');

/** Development builds stay readable and skip the slow optimisations. */
export const release = process.env.TRUNK_PROFILE === 'release';

/** The repository's root. */
export const root = fileURLToPath(new URL('../..', import.meta.url));

export const sha = (data, encoding = 'hex') => createHash('sha256').update(data).digest(encoding);

/** A subresource integrity value, as Trunk writes them. */
export const integrity = (code) => `sha384-${createHash('sha384').update(code).digest('base64')}`;

/** The page with a file's integrity hash changed from `before`'s to `after`'s. */
export function swapIntegrity(html, before, after) {
  if (!html.includes(integrity(before))) throw new Error('post-build: the page has no integrity hash for a changed file');
  return html.replace(integrity(before), integrity(after));
}

/** An ES module minified, in release builds. */
export const minifyModule = async (code) =>
  release ? (await minify(code, { module: true, compress: { passes: 2 }, format: { comments: false } })).code : code;

/** The file name of wasm-bindgen's glue, faceoff-<build hash>.js. */
export async function findGlue() {
  const name = (await readdir(staging)).find((file) => /^faceoff-[0-9a-f]+\.js$/.test(file));
  if (!name) throw new Error("post-build: wasm-bindgen's glue (faceoff-<hash>.js) was not found");
  return name;
}

/** The glue's and the wasm's paths in the staging directory. */
export async function bindingFiles() {
  const glueName = await findGlue();
  return { gluePath: join(staging, glueName), wasmPath: join(staging, glueName.replace(/\.js$/, '_bg.wasm')) };
}
