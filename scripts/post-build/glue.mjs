// Steps 3 and 4: wasm-bindgen's glue and the wasm's bindings made smaller,
// in the glue and the wasm alike.
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { minify } from 'terser';
import { bindingFiles, release, swapIntegrity } from './staging.mjs';
import { hasNames, renameBindings } from './wasm-names.mjs';

/** The module the wasm imports the glue's functions from (wasm-bindgen's name). */
const GLUE_MODULE = './faceoff_bg.js';

/** wasm-streams' classes, which the glue exports and this app never uses:
 * Leptos' server functions link wasm-streams, and its `#[wasm_bindgen]`
 * types are exported whether anything uses them or not. */
const STREAM_CLASSES = ['IntoUnderlyingByteSource', 'IntoUnderlyingSink', 'IntoUnderlyingSource'];

/** 3. The stream classes out of the glue, their exports out of the wasm, and
 * the wasm optimised again without the code only they reached. Stops the
 * build if the glue's form has changed (then this step may have to go). */
export async function dropStreamBindings(html) {
  if (!release) return html;
  const { gluePath, wasmPath } = await bindingFiles();
  const glue = await readFile(gluePath, 'utf8');
  let trimmed = glue;
  for (const name of STREAM_CLASSES) {
    for (const piece of [
      new RegExp(`^export class ${name} \\{[\\s\\S]*?^\\}\\n`, 'm'),
      new RegExp(`^if \\(Symbol\\.dispose\\) ${name}\\.prototype.*\\n`, 'm'),
      new RegExp(`^const ${name}Finalization = [\\s\\S]*?;\\n`, 'm'),
    ]) {
      if (!piece.test(trimmed)) throw new Error(`drop: the glue's ${name} has changed form (${piece})`);
      trimmed = trimmed.replace(piece, '');
    }
  }
  const streamExport = (name) =>
    STREAM_CLASSES.map((c) => c.toLowerCase()).some((c) => name.startsWith(`${c}_`) || name === `__wbg_${c}_free`);
  const wasm = await readFile(wasmPath);
  const dropped = [];
  const kept = renameBindings(
    wasm,
    (_, field) => field,
    (name) => (streamExport(name) ? (dropped.push(name), null) : name),
  );
  if (dropped.length === 0 || dropped.some((name) => trimmed.includes(name))) {
    throw new Error(`drop: the stream exports (${dropped.join(', ')}) are missing, or the glue still names one`);
  }
  await writeFile(gluePath, trimmed);
  await writeFile(wasmPath, kept);
  const keepNames = hasNames(wasm) ? ['-g'] : [];
  execFileSync('wasm-opt', ['-Oz', ...keepNames, wasmPath, '-o', wasmPath], { stdio: 'inherit' });
  console.log(`post-build: ${dropped.length} unused stream exports dropped`);
  return swapIntegrity(swapIntegrity(html, glue, trimmed), wasm, await readFile(wasmPath));
}

/** 4. wasm-bindgen's glue, minified (Trunk's own JS minifier fails on it,
 * "Failed to minify JS", and leaves it as it is), with its binding names
 * shortened. wasm-bindgen names every function the wasm imports from the
 * glue, and every export the glue calls, after what it binds plus a hash
 * (`__wbg_addEventListener_847fd86b8c33ec43`), once in the glue and once in
 * the wasm: terser gives them short names in the glue, and the wasm's
 * imports and exports get the same ones. Integrity hashes follow. */
export async function shortenGlue(html) {
  if (!release) return html;
  const { gluePath, wasmPath } = await bindingFiles();
  const glue = await readFile(gluePath, 'utf8');
  const wasm = await readFile(wasmPath);
  const nameCache = {};
  const { code } = await minify(glue, {
    module: true,
    nameCache,
    compress: { passes: 2 },
    // The glue's start call keeps its name: the engine tests find it (served.mjs).
    mangle: { properties: { regex: /^(?:__wbg_|__wbindgen_|wasm_bindgen_)/, reserved: ['__wbindgen_start'] } },
    format: { comments: false },
  });
  // terser's cache keys each property name with a leading '$'.
  const short = new Map(Object.entries(nameCache.props?.props ?? {}).map(([long, to]) => [long.slice(1), to]));
  const renamed = renameBindings(
    wasm,
    (module, field) => (module === GLUE_MODULE ? (short.get(field) ?? field) : field),
    (exported) => short.get(exported) ?? exported,
  );
  if (!WebAssembly.validate(renamed)) throw new Error('shorten: the renamed wasm does not validate');
  await writeFile(gluePath, code);
  await writeFile(wasmPath, renamed);
  console.log(`post-build: ${short.size} binding names shortened`);
  return swapIntegrity(swapIntegrity(html, glue, code), wasm, renamed);
}
