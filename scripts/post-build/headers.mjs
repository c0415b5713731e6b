// Step 8: the host's _headers, and the addresses that depend on where the
// site is published (SITE_URL).
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { allowStyle } from './prerender.mjs';
import { absolutePreviewImage, headersUnder, parseSiteUrl } from './site-url.mjs';
import { staging } from './staging.mjs';

/** 8. _headers gets the page's policy (with its style hash); with SITE_URL,
 * the preview image's address becomes absolute and _headers' paths go under
 * the site's path. A malformed SITE_URL stops the build with the reason. */
export async function applySiteUrl(html, styleHash) {
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
