// Service worker: after the first visit the page opens from this cache,
// online or not. The build (scripts/post-build.mjs) fills in VERSION, a hash
// of every cached file, and PRECACHE, their addresses relative to this file;
// a new release is a new VERSION, whose cache replaces the old one.
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

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE).map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  // Every address of the page (any query: share links) is the one cached page.
  const cached =
    request.mode === 'navigate'
      ? caches.match(new URL('./', self.location.href).href, { cacheName: CACHE })
      : caches.match(request, { cacheName: CACHE });
  event.respondWith(cached.then((response) => response ?? fetch(request)));
});
