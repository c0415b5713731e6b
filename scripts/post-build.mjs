// Trunk's post-build hook: finishes the release in its staging directory, in
// named steps, each with one job (run in this order, at the bottom):
//  1. prerenderPage: the page rendered natively (src/prerender.rs) into
//     index.html, its styles allowed by hash in the CSP;
//  2. placeSplitParts: the wasm parts loaded on demand, and their loader,
//     from scripts/split-wasm/wasm-bindgen into the release;
//  3. dropStreamBindings: classes the glue exports and nothing uses, with
//     their wasm exports and code;
//  4. shortenGlue: wasm-bindgen's glue minified, its binding names
//     shortened in the glue and the wasm alike;
//  5. moveLoaderOut: Trunk's inline loader into a file of its own, so the CSP
//     needs no 'unsafe-inline' for scripts;
//  6. placeBootScript: boot.js minified, hashed, and put after the preloads;
//  7. lowerStylesheet: the stylesheet rewritten for browsers a few years old
//     (light-dark(), media query ranges), by Lightning CSS;
//  8. applySiteUrl: with SITE_URL, the link preview's image address made
//     absolute and _headers' paths put under the site's path;
//  9. writeServiceWorker: its precache list and version (a hash of the files);
// 10. precompress: .gz and .br copies for static hosts.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { transform as transformCss } from 'lightningcss';
import { minify } from 'terser';
import { absolutePreviewImage, headersUnder, parseSiteUrl } from './site-url.mjs';
import { hasNames, renameBindings } from './wasm-names.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('post-build.mjs runs as a Trunk hook (TRUNK_STAGING_DIR unset)');

const sha = (data, encoding = 'hex') => createHash('sha256').update(data).digest(encoding);
/** A subresource integrity value, as Trunk writes them. */
const integrity = (code) => `sha384-${createHash('sha384').update(code).digest('base64')}`;
const compressed = /\.(gz|br)$/;
const release = process.env.TRUNK_PROFILE === 'release';
/** The module the wasm imports the glue's functions from (wasm-bindgen's name). */
const GLUE_MODULE = './faceoff_bg.js';
/** An ES module minified; development builds stay readable. */
const minifyModule = async (code) =>
  release ? (await minify(code, { module: true, compress: { passes: 2 }, format: { comments: false } })).code : code;
const root = fileURLToPath(new URL('..', import.meta.url));

/** The environment for native cargo commands inside this hook. Trunk runs
 * it with the wasm build's settings (setup.sh's with_wasm_env: build-std,
 * unstable flags, the wasm linker), which a native build must not get. */
function nativeEnvironment() {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !/^(RUSTC_BOOTSTRAP|CARGO_UNSTABLE_.*|CARGO_TARGET_WASM32_.*|CARGO_BUILD_TARGET)$/.test(name),
    ),
  );
  // The Debian route puts Debian's cargo first on PATH; setup.sh keeps the usual one here.
  env.PATH = process.env.FACEOFF_NATIVE_PATH ?? process.env.PATH;
  return env;
}

/** The file name of wasm-bindgen's glue, faceoff-<build hash>.js. */
async function findGlue() {
  const name = (await readdir(staging)).find((file) => /^faceoff-[0-9a-f]+\.js$/.test(file));
  if (!name) throw new Error("post-build: wasm-bindgen's glue (faceoff-<hash>.js) was not found");
  return name;
}

/** The glue's and the wasm's paths in the staging directory. */
async function bindingFiles() {
  const glueName = await findGlue();
  return { gluePath: join(staging, glueName), wasmPath: join(staging, glueName.replace(/\.js$/, '_bg.wasm')) };
}

/** The page with a file's integrity hash changed from `before`'s to `after`'s. */
function swapIntegrity(html, before, after) {
  if (!html.includes(integrity(before))) throw new Error('post-build: the page has no integrity hash for a changed file');
  return html.replace(integrity(before), integrity(after));
}

/** 1. The page, run natively through the app's own views, in place of the
 * shell's empty slot; the shell's comments dropped. Style attributes, which
 * the CSP refuses, become rules of one style element allowed by its hash. */
function prerenderPage(html) {
  console.log('post-build: prerendering the page (the app built natively; slow only the first time)');
  const page = execFileSync('cargo', ['run', '--quiet', '--bin', 'prerender'], {
    cwd: root,
    env: nativeEnvironment(),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const rules = new Map();
  const markup = page
    .replace(/ style="([^"]*)"/g, (_, declarations) => {
      if (declarations.includes('&')) throw new Error(`prerender: unexpected style ${declarations}`);
      if (!rules.has(declarations)) rules.set(declarations, rules.size);
      return ` data-style="${rules.get(declarations)}"`;
    })
    // Leptos' placeholders for hydration: this copy is replaced, never hydrated.
    .replace(/<!>|<!--<\(\) \/>-->/g, '')
    // The live parts' controls do nothing until the app starts, and say so.
    // Buttons stay focusable (aria-disabled), so the result panel can still
    // be scrolled by keyboard where it scrolls on its own.
    .replace(/<button\b/g, '<button aria-disabled="true"')
    .replace(/<input\b/g, '<input disabled');
  const css = [...rules].map(([declarations, n]) => `[data-style="${n}"]{${declarations}}`).join('');
  // Release builds get the shell minified by Trunk (attributes unquoted and
  // reordered), so the shell's tags are matched in either form.
  const slot = /<div id="?prerendered"?><\/div>/;
  if (!markup.includes('role="status"') || !slot.test(html) || !html.includes('</head>')) {
    throw new Error('prerender: no recommendation rendered, or no page slot or </head> in index.html');
  }
  html = html.replace(/<!--[\s\S]*?-->/g, '').replace(slot, () => markup);
  html = html.replace('</head>', () => `<style>${css}</style>\n</head>`);
  const cspMeta = /<meta\b[^>]*\bhttp-equiv="?Content-Security-Policy"?[^>]*>/;
  if (!cspMeta.test(html)) throw new Error('index.html: no Content-Security-Policy meta tag');
  const styleHash = sha(css, 'base64');
  html = html.replace(cspMeta, (tag) =>
    tag.replace(/\bcontent="([^"]*)"/, (_, policy) => `content="${allowStyle(policy, styleHash)}"`),
  );
  return { html, styleHash };
}

/** The policy with the page's style element allowed by its hash. */
function allowStyle(policy, styleHash) {
  const allowed = policy.replace("style-src 'self'", `style-src 'self' 'sha256-${styleHash}'`);
  if (allowed === policy) throw new Error("CSP: no style-src 'self' to add the page's styles to");
  return allowed;
}

/** 2. The parts of the wasm split off by scripts/split-wasm/wasm-bindgen
 * (a `split_<name>.wasm` for each split point, `chunk_<n>.wasm` for code
 * several share) and their loader, `__wasm_split.js`, which wasm-bindgen's
 * glue imports. Each part is optimised like the main one and named by a hash
 * of its content; the loader is named after the glue's build hash, so a glue
 * never meets another build's loader in a cache. The glue then imports the
 * loader by that name, which changes its integrity hash in the page. */
async function placeSplitParts(html) {
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

/** wasm-streams' classes, which the glue exports and this app never uses:
 * Leptos' server functions link wasm-streams, and its `#[wasm_bindgen]`
 * types are exported whether anything uses them or not. */
const STREAM_CLASSES = ['IntoUnderlyingByteSource', 'IntoUnderlyingSink', 'IntoUnderlyingSource'];

/** 3. The stream classes out of the glue, their exports out of the wasm, and
 * the wasm optimised again without the code only they reached. Stops the
 * build if the glue's form has changed (then this step may have to go). */
async function dropStreamBindings(html) {
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
async function shortenGlue(html) {
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

/** 5. Trunk's inline loader, into loader-<hash>.js. It also reports its own
 * failure to boot.js: WebKit fires no error or unhandledrejection event when
 * a module's top-level await rejects (a missing or corrupt wasm, a panic
 * while starting), which left the page with dead controls. Its imports stay
 * at the top; the rest runs in a try. */
async function moveLoaderOut(html) {
  const inline = /<script type="?module"?>([\s\S]*?)<\/script>/;
  const loader = html.match(inline)?.[1];
  if (loader === undefined) throw new Error("index.html: Trunk's inline loader was not found");
  const loaderLines = loader.trim().split('\n');
  const isImport = (line) => /^import\b/.test(line);
  if (!loaderLines.some(isImport)) throw new Error("Trunk's loader imports nothing: its form changed");
  const reporting = [
    ...loaderLines.filter(isImport),
    'try {',
    ...loaderLines.filter((line) => !isImport(line)),
    "} catch (error) {\n  dispatchEvent(new CustomEvent('faceoff-start-failed'));\n  throw error;\n}",
  ].join('\n');
  const loaderName = `loader-${sha(reporting).slice(0, 16)}.js`;
  await writeFile(join(staging, loaderName), reporting + '\n');
  console.log(`post-build: ${loaderName}`);
  return html.replace(inline, () => `<script type="module" src="./${loaderName}"></script>`);
}

/** 6. boot.js, minified here rather than by Trunk (index.html says
 * data-no-minify): Trunk's JS minifier orders its output differently from
 * build to build, so every release of the same source had a new boot.js, and
 * with it a new service worker version. It blocks the parser (it sets the
 * theme before the first paint): placed last in the head, after Trunk's
 * preloads, the wasm and JS are requested first. */
async function placeBootScript(html) {
  const boot = html.match(/[ \t]*<script\b[^>]*\bsrc="?\.\/(boot-[^"\s>]+\.js)"?[^>]*><\/script>\n?/);
  if (!boot) throw new Error('index.html: the boot script was not found');
  const bootSource = await readFile(join(staging, boot[1]), 'utf8');
  const { code } = await minify(bootSource, { compress: { passes: 2 }, format: { comments: false } });
  const bootName = `boot-${sha(code).slice(0, 16)}.js`;
  await rm(join(staging, boot[1]));
  await writeFile(join(staging, bootName), code);
  html = html
    .replace(boot[0], '')
    .replace('</head>', () => `<script integrity="${integrity(code)}" src="./${bootName}"></script>\n</head>`);
  const leftover = html.match(/<script(?![^>]*\bsrc=)[^>]*>/);
  if (leftover) throw new Error(`index.html: inline script left, the CSP would block it: ${leftover[0]}`);
  return html;
}

/** The oldest browsers the stylesheet is written for: those the page's
 * layout needs anyway (container queries, subgrid and :has() came in Safari
 * 16 and Chrome 105 to 117), Firefox's previous long-term release, and
 * Samsung Internet 20 (Chromium 106). In the form Lightning CSS takes:
 * major version << 16. */
const STYLE_TARGETS = { safari: 16, ios_saf: 16, chrome: 105, firefox: 115, samsung: 20 };

/** 7. The stylesheet as those browsers read it. Trunk minifies it with
 * Lightning CSS but for no browsers in particular, so it keeps light-dark()
 * (Safari 17.5, Chrome 123: before them every colour of the page would be
 * lost) and writes media queries in range form (Safari 16.4). Renamed by the
 * new content's hash, so that a copy cached under the old name never stands
 * in for it. */
async function lowerStylesheet(html) {
  const link = /\bhref="?\.\/(main-[0-9a-f]+\.css)"?/;
  const name = html.match(link)?.[1];
  if (!name) throw new Error("post-build: the page links no main-<hash>.css");
  const before = await readFile(join(staging, name));
  const targets = Object.fromEntries(Object.entries(STYLE_TARGETS).map(([browser, major]) => [browser, major << 16]));
  const { code, warnings } = transformCss({ filename: name, code: before, minify: release, targets });
  if (warnings.length) throw new Error(`post-build: ${name}: ${warnings.map((w) => w.message).join('; ')}`);
  const lowered = `main-${sha(code).slice(0, 16)}.css`;
  await rm(join(staging, name));
  await writeFile(join(staging, lowered), code);
  console.log(`post-build: ${lowered} (for ${Object.entries(STYLE_TARGETS).map((t) => t.join(' ')).join(', ')})`);
  return swapIntegrity(html, before, code).replace(name, lowered);
}

/** 8. _headers gets the page's policy (with its style hash); with SITE_URL,
 * the preview image's address becomes absolute and _headers' paths go under
 * the site's path. A malformed SITE_URL stops the build with the reason. */
async function applySiteUrl(html, styleHash) {
  const headersPath = join(staging, '_headers');
  let headers = allowStyle(await readFile(headersPath, 'utf8'), styleHash);
  if (process.env.SITE_URL) {
    const site = parseSiteUrl(process.env.SITE_URL);
    if (site instanceof Error) {
      console.error(`post-build: ${site.message}`);
      process.exit(1);
    }
    html = absolutePreviewImage(html, site);
    headers = headersUnder(headers, site);
    console.log(`post-build: link preview image and _headers paths under ${site}`);
  }
  await writeFile(headersPath, headers);
  return html;
}

/** 9. The service worker precaches every file but itself and large extras,
 * under a version that hashes them all: each release replaces the previous
 * cache cleanly. */
async function writeServiceWorker() {
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

/** 10. Precompressed copies, for hosts that serve them as they are. */
async function precompress() {
  for (const name of await readdir(staging)) {
    if (!/\.(html|js|css|wasm|svg|webmanifest)$/.test(name)) continue;
    const body = await readFile(join(staging, name));
    await writeFile(join(staging, `${name}.gz`), gzipSync(body, { level: 9 }));
    const brotli = brotliCompressSync(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    });
    await writeFile(join(staging, `${name}.br`), brotli);
  }
  console.log('post-build: .gz and .br written');
}

const indexPath = join(staging, 'index.html');
const prerendered = prerenderPage(await readFile(indexPath, 'utf8'));
let html = await placeSplitParts(prerendered.html);
html = await dropStreamBindings(html);
html = await shortenGlue(html);
html = await moveLoaderOut(html);
html = await placeBootScript(html);
html = await lowerStylesheet(html);
html = await applySiteUrl(html, prerendered.styleHash);
await writeFile(indexPath, html);
await writeServiceWorker();
await precompress();
