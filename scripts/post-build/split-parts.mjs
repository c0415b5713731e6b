// Step 2: the wasm's parts loaded on demand, and their loader, from
// scripts/split-wasm/wasm-bindgen into the release.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { findGlue, integrity, minifyModule, release, root, sha, staging, swapIntegrity } from './staging.mjs';

/** 2. The parts of the wasm split off by scripts/split-wasm/wasm-bindgen
 * (a `split_<name>.wasm` for each split point, `chunk_<n>.wasm` for code
 * several share) and their loader, `__wasm_split.js`, which wasm-bindgen's
 * glue imports. Each part is optimised like the main one and named by a hash
 * of its content; the loader is named after the glue's build hash, so a glue
 * never meets another build's loader in a cache. The glue then imports the
 * loader by that name, which changes its integrity hash in the page. */
export async function placeSplitParts(html) {
  // Where Trunk has wasm-bindgen (the stand-in) write: under cargo's target folder.
  const target = process.env.CARGO_TARGET_DIR ?? join(root, 'target');
  const from = join(target, 'wasm-bindgen', process.env.TRUNK_PROFILE ?? 'release', 'split');
  if (!existsSync(from)) {
    console.log('post-build: the wasm has no split point, so no parts to place');
    return html;
  }
  const glueName = await findGlue();
  const buildHash = glueName.slice('faceoff-'.length, -'.js'.length);
  let loader = await readFile(join(from, '__wasm_split.js'), 'utf8');
  for (const name of await readdir(from)) {
    if (!name.endsWith('.wasm')) continue;
    const source = join(from, name);
    if (release) {
      execFileSync('wasm-opt', ['-Oz', source, '-o', source], { stdio: 'inherit' });
    }
    const body = await readFile(source);
    const hashed = `${name.slice(0, -'.wasm'.length)}-${sha(body).slice(0, 16)}.wasm`;
    await writeFile(join(staging, hashed), body);
    const reference = `"./${name}"`;
    if (!loader.includes(reference)) throw new Error(`split: the loader does not name ${name}`);
    loader = loader.replaceAll(reference, `"./${hashed}"`);
    console.log(`post-build: ${hashed}`);
  }
  // The loader starts a part's fetch before the parts it depends on have
  // arrived, and awaits it only then: a failed fetch would be reported as an
  // unhandled rejection meanwhile, though the app handles it (and says so).
  const earlyFetch = 'const src = fetch(srcUrl);';
  if (!loader.includes(earlyFetch)) throw new Error("split: the loader's fetch has changed form");
  loader = loader.replace(earlyFetch, `${earlyFetch} src.catch(() => {});`);
  const mainImport = 'from "./main.js"';
  if (!loader.includes(mainImport)) throw new Error('split: the loader does not import the main part');
  loader = loader.replace(mainImport, `from "./${glueName}"`);
  loader = await minifyModule(loader);
  const loaderName = `split-${buildHash}.js`;
  await writeFile(join(staging, loaderName), loader);

  const gluePath = join(staging, glueName);
  const glue = await readFile(gluePath, 'utf8');
  // Only the import statements (one per part): the wasm still names its
  // imports' module so.
  const loaderImport = /\bfrom\s*(['"])\.\/__wasm_split\.js\1/g;
  if (!glue.match(loaderImport)) throw new Error('split: the glue does not import __wasm_split.js');
  const newGlue = glue.replace(loaderImport, `from './${loaderName}'`);
  await writeFile(gluePath, newGlue);
  // The loader is fetched beside the glue rather than after it.
  return swapIntegrity(html, glue, newGlue)
    .replace('</head>', () => `<link rel="modulepreload" href="./${loaderName}" integrity="${integrity(loader)}">\n</head>`);
}
