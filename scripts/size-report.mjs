// The first load's size, by file type, gzipped (-9) and brotli (11): what a
// browser fetches to show the page (index.html and the scripts, styles and
// wasm it references). Fails when the gzipped total is over BUDGET, so a size
// regression cannot land unnoticed. Usage: node scripts/size-report.mjs [--json]
import { readdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The first load, gzipped, as measured on each of scripts/setup.sh's two
 * routes (docs/toolchain.md), from the same source, on 2026-12-07 (at the
 * commit that set these figures), with the team view's and the questions'
 * code split off (fetched on demand, not counted here). The two compilers
 * are different releases, so the figures differ by a few hundred bytes. */
export const MEASURED = { rustup: 161_298, debian: 161_284 };
/** The most the first load may weigh, gzipped: the larger measurement plus
 * 1 %, rounded up to 100 B, so that a small change does not need a new
 * measurement but a regression cannot land unnoticed. Lower it as the app
 * shrinks; raise it only with new measurements of both routes. */
export const BUDGET = Math.ceil((Math.max(...Object.values(MEASURED)) * 1.01) / 100) * 100;
/** Issue #18's target: no larger than the first load when it was filed
 * (172,360 B, before the team view). */
export const GOAL = 172_360;

/** A dist folder's URL, for reading its files; a relative path is taken
 * from the folder the command runs in. */
export const folderUrl = (path) => pathToFileURL(`${resolve(path)}/`);
const dist = process.env.DIST ? folderUrl(process.env.DIST) : new URL('../dist/', import.meta.url);

/** A tag's attributes, quoted or not (the release's shell is minified). */
function attributes(tag) {
  const found = {};
  for (const [, name, ...values] of tag.matchAll(/\s([a-z-]+)(?:=(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
    found[name] = values.find((v) => v !== undefined) ?? '';
  }
  return found;
}

/** The files the page loads before it can be used, named in index.html. */
export async function firstLoadFiles(folder = dist) {
  const html = await readFile(new URL('index.html', folder), 'utf8');
  const refs = [];
  for (const [tag, name] of html.matchAll(/<(script|link)\b[^>]*>/g)) {
    const attrs = attributes(tag);
    if (name === 'script' && attrs.src) refs.push(attrs.src);
    if (name === 'link' && ['stylesheet', 'modulepreload', 'preload'].includes(attrs.rel)) refs.push(attrs.href);
  }
  const files = ['index.html', ...new Set(refs.map((ref) => ref.replace(/^\.\//, '')))];
  // A page that names no stylesheet, script or wasm means this reading is
  // wrong, not that the page is small.
  for (const ext of ['.css', '.js', '.wasm']) {
    if (!files.some((f) => f.endsWith(ext))) throw new Error(`index.html names no ${ext} file: cannot measure the first load`);
  }
  return files;
}

const kind = (name) => ({ html: 'HTML', css: 'CSS', js: 'JS', wasm: 'wasm' })[name.split('.').pop()] ?? 'other';

/** One file's size, raw and compressed. */
async function sizeOf(folder, name) {
  const body = await readFile(new URL(name, folder));
  return {
    name,
    kind: kind(name),
    bytes: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** The parts of the wasm fetched only when used (the team view's, the
 * questions'), which the first load leaves out: scripts/split-wasm/wasm-bindgen. */
export async function onDemandFiles(folder = dist) {
  return (await readdir(folder)).filter((name) => /^(split|chunk)_.*\.wasm$/.test(name)).sort();
}

export async function measure(folder = dist) {
  const files = [];
  for (const name of await firstLoadFiles(folder)) {
    files.push(await sizeOf(folder, name));
  }
  const onDemand = [];
  for (const name of await onDemandFiles(folder)) onDemand.push(await sizeOf(folder, name));
  const sum = (list, key) => list.reduce((total, f) => total + f[key], 0);
  const byKind = {};
  for (const k of ['HTML', 'CSS', 'JS', 'wasm']) {
    const of = files.filter((f) => f.kind === k);
    byKind[k] = { bytes: sum(of, 'bytes'), gzip: sum(of, 'gzip'), brotli: sum(of, 'brotli') };
  }
  const total = { bytes: sum(files, 'bytes'), gzip: sum(files, 'gzip'), brotli: sum(files, 'brotli') };
  return { files, byKind, total, onDemand, budget: BUDGET, goal: GOAL };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const report = await measure();
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(report, null, 2));
  } else {
    const row = (name, r) =>
      `${name.padEnd(40)}${String(r.bytes).padStart(10)}${String(r.gzip).padStart(10)}${String(r.brotli).padStart(10)}`;
    console.log(`${'first load (dist/)'.padEnd(40)}${'bytes'.padStart(10)}${'gzip'.padStart(10)}${'brotli'.padStart(10)}`);
    for (const f of report.files) console.log(row(f.name, f));
    for (const [k, r] of Object.entries(report.byKind)) console.log(row(`  all ${k}`, r));
    console.log(row('total', report.total));
    for (const f of report.onDemand) console.log(row(`on demand: ${f.name}`, f));
    const route = process.env.WASM_ROUTE ?? 'unknown';
    console.log(`built on the ${route} route: ${report.total.gzip} B gzipped (measured: ${Object.entries(MEASURED).map(([r, b]) => `${r} ${b} B`).join(', ')})`);
    const toGoal = report.total.gzip - GOAL;
    console.log(`budget ${BUDGET} B gzipped; goal ${GOAL} B (${Math.abs(toGoal)} B ${toGoal > 0 ? 'over' : 'under'} it)`);
  }
  if (report.total.gzip > BUDGET) {
    console.error(`FAIL: the first load is ${report.total.gzip} B gzipped, over the ${BUDGET} B budget.`);
    process.exit(1);
  }
}
