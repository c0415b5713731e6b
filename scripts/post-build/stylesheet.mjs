// Step 7: the stylesheet, its files joined into one and rewritten, by
// Lightning CSS, for browsers a few years old.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bundle } from 'lightningcss';
import { release, root, sha, staging, swapIntegrity } from './staging.mjs';

/** The stylesheet the page links: a list of imports of style/'s files, one
 * per part of the page. */
const SOURCE = join(root, 'style', 'main.css');

/** The oldest browsers the stylesheet is written for: those the page's
 * layout needs anyway (container queries, subgrid and :has() came in Safari
 * 16 and Chrome 105 to 117), Firefox's previous long-term release, and
 * Samsung Internet 20 (Chromium 106). In the form Lightning CSS takes:
 * major version << 16. */
const STYLE_TARGETS = { safari: 16, ios_saf: 16, chrome: 105, firefox: 115, samsung: 20 };

/** 7. The stylesheet as one file (one request, not one per part), as those
 * browsers read it: without light-dark() (Safari 17.5, Chrome 123: before
 * them every colour of the page would be lost) and without media queries in
 * range form (Safari 16.4). Trunk only copies style/main.css, imports and
 * all, so the files are joined here from the source. Renamed by the new
 * content's hash, so that a copy cached under the old name never stands in
 * for it. */
export async function lowerStylesheet(html) {
  const link = /\bhref="?\.\/(main-[0-9a-f]+\.css)"?/;
  const name = html.match(link)?.[1];
  if (!name) throw new Error("post-build: the page links no main-<hash>.css");
  const before = await readFile(join(staging, name));
  const targets = Object.fromEntries(Object.entries(STYLE_TARGETS).map(([browser, major]) => [browser, major << 16]));
  const { code, warnings } = bundle({ filename: SOURCE, minify: release, targets });
  if (warnings.length) throw new Error(`post-build: ${name}: ${warnings.map((w) => w.message).join('; ')}`);
  const lowered = `main-${sha(code).slice(0, 16)}.css`;
  await rm(join(staging, name));
  await writeFile(join(staging, lowered), code);
  console.log(`post-build: ${lowered} (for ${Object.entries(STYLE_TARGETS).map((t) => t.join(' ')).join(', ')})`);
  return swapIntegrity(html, before, code).replace(name, lowered);
}
