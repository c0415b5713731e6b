// Trunk's post-build hook: finishes the release in its staging directory, in
// named steps, each with one job, in post-build/ (run in this order, below):
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
//  7. lowerStylesheet: style/'s files joined into one stylesheet, rewritten
//     for browsers a few years old (light-dark(), media query ranges), by
//     Lightning CSS;
//  8. applySiteUrl: with SITE_URL, the link preview's image address made
//     absolute and _headers' paths put under the site's path;
//  9. writeServiceWorker: its precache list and version (a hash of the files);
// 10. precompress: .gz and .br copies for static hosts.
// Steps 2 to 7 rewrite files the page names, and return the page with their
// new names and integrity hashes.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { dropStreamBindings, shortenGlue } from './post-build/glue.mjs';
import { applySiteUrl } from './post-build/headers.mjs';
import { moveLoaderOut, placeBootScript } from './post-build/page-scripts.mjs';
import { precompress } from './post-build/precompress.mjs';
import { prerenderPage } from './post-build/prerender.mjs';
import { writeServiceWorker } from './post-build/service-worker.mjs';
import { placeSplitParts } from './post-build/split-parts.mjs';
import { staging } from './post-build/staging.mjs';
import { lowerStylesheet } from './post-build/stylesheet.mjs';

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
