// Copies of the release (dist/) for the cross-engine suite, served on
// 127.0.0.1 by ../serve-dist.mjs:
// - "watched": the release with watch.js added first in <head>, which records
//   every error and CSP violation the page itself can observe (WebKitWebDriver
//   has no BiDi to read the console from outside);
// - "no-wasm", "corrupt-wasm", "start-trap": the watched copy with the wasm
//   missing, not a wasm module, or trapping as the app starts (what a Rust
//   panic becomes with panics that abort), for the failure screen.
import { spawn } from 'node:child_process';
import { copyFile, cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './browsers.mjs';

const DIST = fileURLToPath(new URL('../../../dist/', import.meta.url));
const SERVER = fileURLToPath(new URL('../serve-dist.mjs', import.meta.url));
const WATCH = fileURLToPath(new URL('./watch.js', import.meta.url));

/** Removes a file's precompressed copies, so the server sends the file itself. */
async function dropCompressed(folder, name) {
  for (const suffix of ['.gz', '.br']) await rm(join(folder, name + suffix), { force: true });
}

const VARIANTS = {
  watched: async () => {},
  'no-wasm': async (folder, files) => {
    for (const name of files.filter((n) => n.includes('.wasm'))) await rm(join(folder, name));
  },
  'corrupt-wasm': async (folder, files) => {
    // The app's own wasm, not a part fetched later.
    const wasm = files.find((n) => n.endsWith('_bg.wasm'));
    await writeFile(join(folder, wasm), 'not a wasm module');
    await dropCompressed(folder, wasm);
  },
  // wasm-bindgen's glue calls the module's start export once instantiated;
  // a trap there is what a panic during start looks like to the page.
  'start-trap': async (folder, files) => {
    const glue = files.find((n) => /^faceoff-[0-9a-f]+\.js$/.test(n));
    const source = await readFile(join(folder, glue), 'utf8');
    // The release's glue is minified: the call is an expression, named anyhow.
    const trapped = source.replace(
      /\b[\w$]+\.__wbindgen_start\(\)/,
      "(() => { throw new WebAssembly.RuntimeError('unreachable (a panic while starting, simulated)'); })()",
    );
    if (trapped === source) throw new Error(`${glue}: no __wbindgen_start call to replace`);
    await writeFile(join(folder, glue), trapped);
    await dropCompressed(folder, glue);
    // The preload's integrity hash was the original file's.
    const index = join(folder, 'index.html');
    const html = await readFile(index, 'utf8');
    await writeFile(index, html.replace(new RegExp(`(<link[^>]*${glue}[^>]*?) integrity="?[^"\\s>]+"?`), '$1'));
  },
};

/** A copy of dist/ of the given variant, in a new temporary folder. */
export async function prepare(variant) {
  const folder = await mkdtemp(join(tmpdir(), `faceoff-${variant}-`));
  await cp(DIST, folder, { recursive: true });
  await copyFile(WATCH, join(folder, 'watch.js'));
  const index = join(folder, 'index.html');
  const html = await readFile(index, 'utf8');
  // Right after the charset (the minified page leaves out its optional <head> tag).
  const charset = /<meta charset="?utf-8"?>/i;
  if (!charset.test(html)) throw new Error('dist/index.html: no charset meta tag');
  await writeFile(index, html.replace(charset, (tag) => `${tag}<script src="./watch.js"></script>`));
  await dropCompressed(folder, 'index.html');
  await VARIANTS[variant](folder, await readdir(folder));
  return folder;
}

/** Serves a folder at http://127.0.0.1:<port><base> until `stop()`. */
export async function serve(folder, base = '/') {
  const port = await freePort();
  const child = spawn('node', [SERVER, String(port), base, folder], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`serve-dist.mjs exited with code ${code}`)));
    child.stdout.once('data', resolve);
  });
  return {
    url: `http://127.0.0.1:${port}${base}`,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', resolve);
        child.kill();
      }),
  };
}

/** A watched copy of the release, served until `stop()`, which also removes
 * the copy. `folder` is where it lives, for a test that changes it. */
export async function serveCopy() {
  const folder = await prepare('watched');
  const server = await serve(folder);
  return {
    folder,
    url: server.url,
    async stop() {
      await server.stop();
      await rm(folder, { recursive: true, force: true });
    },
  };
}
