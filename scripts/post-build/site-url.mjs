// The site's public address (SITE_URL at build time), for what cannot be
// relative: the link preview's image, which several crawlers (Facebook's,
// X's) do not resolve against the page, and the paths in _headers, which
// hosts match from the domain's root.

/** `value` as an http(s) address ending in "/", or an Error saying what is wrong. */
export function parseSiteUrl(value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    return new Error(`SITE_URL is not an address: "${value}" (expected e.g. https://example.org/django-vs-flask/)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return new Error(`SITE_URL must start with https:// or http://, not "${url.protocol}"`);
  }
  if (url.search || url.hash) return new Error(`SITE_URL must not carry a query or fragment: "${value}"`);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

/** The page with its og:image made absolute under `site` (a parseSiteUrl result). */
export function absolutePreviewImage(html, site) {
  // Quoted or not: the release's shell is minified.
  const tag = [...html.matchAll(/<meta\b[^>]*>/g)].find(([t]) => /\bproperty="?og:image"?[\s/>]/.test(t))?.[0];
  const content = /\bcontent=(?:"([^"]*)"|([^\s">]+))/;
  const found = tag?.match(content);
  if (!found) throw new Error('index.html: no og:image meta tag with a content attribute');
  const absolute = new URL(found[1] ?? found[2], site).href;
  return html.replace(tag, () => tag.replace(content, () => `content="${absolute}"`));
}

/** `_headers` with its paths (lines that start with "/") moved under `site`'s path. */
export function headersUnder(headers, site) {
  const base = new URL(site).pathname;
  return headers.replace(/^\/(?=\S*$)/gm, base);
}
