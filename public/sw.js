// Service worker: after the first visit the page opens from this cache,
// online or not. The build (scripts/post-build.mjs) fills in VERSION, a hash
// of every cached file, and PRECACHE, their addresses relative to this file;
// a new release is a new VERSION, whose cache replaces the old one. The
// release before it keeps its cache until the next one: a tab still open on
// it fetches its on-demand parts (hashed names the server no longer has) from
// there.
const VERSION = "__VERSION__";
const PRECACHE = ["__PRECACHE__"];
const PREFIX = 'faceoff-';
const CACHE = PREFIX + VERSION;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE))
      .then(() => self.skipWaiting()),
  );
});

/** Other releases' caches, oldest first (names come in the order they were
 * made); once this release is active, only the one before it is left. */
const olderCaches = () => caches.keys().then((keys) => keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE));

self.addEventListener('activate', (event) => {
  event.waitUntil(
    olderCaches()
      .then((older) => Promise.all(older.slice(0, -1).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

/** A file of this release, else of the one before: only a tab still running
 * that release asks for its files, by hashed names the server may have lost. */
const fromThisOrPreviousRelease = (request) =>
  caches
    .match(request, { cacheName: CACHE })
    .then(
      (response) =>
        response ??
        olderCaches().then((older) => (older.length > 0 ? caches.match(request, { cacheName: older.at(-1) }) : undefined)),
    );

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  // Every address of the page (any query: share links) is the one cached page.
  const cached =
    request.mode === 'navigate'
      ? caches.match(new URL('./', self.location.href).href, { cacheName: CACHE })
      : fromThisOrPreviousRelease(request);
  event.respondWith(cached.then((response) => response ?? fetch(request)));
});
