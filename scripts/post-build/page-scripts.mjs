// Steps 5 and 6: the page's own scripts as files the CSP allows by their
// address and hash, in the order that lets the wasm be requested first.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minify } from 'terser';
import { integrity, sha, staging } from './staging.mjs';

/** 5. Trunk's inline loader, into loader-<hash>.js. It also reports its own
 * failure to boot.js: WebKit fires no error or unhandledrejection event when
 * a module's top-level await rejects (a missing or corrupt wasm, a panic
 * while starting), which left the page with dead controls. Its imports stay
 * at the top; the rest runs in a try. */
export async function moveLoaderOut(html) {
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
export async function placeBootScript(html) {
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
