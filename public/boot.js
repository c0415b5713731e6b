// Runs before the page is painted, as a plain script (the CSP allows no
// inline code). Four jobs the wasm app cannot do for itself:
// - apply the saved colour theme before the first paint, so it never flashes;
// - mark a visitor the prerendered live parts (a first visit's) do not fit:
//   the stylesheet hides them, and shows "Loading", until the app starts;
// - show a readable message if the app cannot start or stops on an error;
// - register the service worker that makes the page work offline.
(function () {
  var root = document.documentElement;
  // Scripts run: the "needs JavaScript" note gives way to "Loading".
  root.classList.add('js');
  // Tags that campaigns and social sites add to links; the app ignores them.
  var TAG = /^(utm_[a-z]+|fbclid|gclid|msclkid)$/;
  function onlyTags(query) {
    var parts = query.replace(/^\?/, '').split('&');
    for (var i = 0; i < parts.length; i++) {
      if (parts[i] === '') continue;
      try {
        if (!TAG.test(decodeURIComponent(parts[i].split('=')[0]))) return false;
      } catch (e) {
        return false;
      }
    }
    return true;
  }
  // A shared link, saved priorities or a chosen theme: not a first visit.
  var ownStart = !onlyTags(location.search);
  try {
    var theme = localStorage.getItem('faceoff.theme');
    if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
    ownStart = ownStart || theme !== null || localStorage.getItem('faceoff.prefs') !== null;
    // The app's own check: storage it cannot write gets a notice the first screen lacks.
    localStorage.setItem('faceoff.probe', '1');
    localStorage.removeItem('faceoff.probe');
  } catch (e) {
    // Storage blocked or full: the system's theme applies, and the app's notice.
    ownStart = true;
  }
  if (ownStart) root.classList.add('own-start');

  var started = false;
  function trapped(error) {
    return typeof WebAssembly === 'object' && error instanceof WebAssembly.RuntimeError;
  }
  addEventListener('TrunkApplicationStarted', function () {
    started = true;
  });
  function fail() {
    var message = document.getElementById('failure');
    if (!message || !message.hidden) return;
    message.hidden = false;
    root.classList.add('failed');
    var loading = document.getElementById('loading');
    if (loading) loading.remove();
    // The live parts' controls would never work; the prose stays to be read.
    var slots = document.querySelectorAll('.slot');
    for (var i = 0; i < slots.length; i++) slots[i].remove();
    // Links to what went with them (the profiles, the fit check) would lead nowhere.
    var links = document.querySelectorAll('a[href^="#"]');
    for (var j = 0; j < links.length; j++) {
      var id = links[j].getAttribute('href').slice(1);
      if (id && !document.getElementById(id)) links[j].remove();
    }
  }
  // Before the start any error is the app failing to load or to start;
  // after it, only a trap in the wasm (a Rust panic) stops the app.
  addEventListener('error', function (event) {
    if (!started || trapped(event.error)) fail();
  });
  addEventListener('unhandledrejection', function (event) {
    if (!started || trapped(event.reason)) fail();
  });
  // A script, or the preloaded wasm, that cannot be fetched: such errors are
  // the element's own and do not bubble, so they are caught on the way down.
  addEventListener(
    'error',
    function (event) {
      var element = event.target;
      if (!started && element && (element.tagName === 'SCRIPT' || (element.tagName === 'LINK' && /preload/.test(element.rel)))) fail();
    },
    true,
  );
  // The loader's own report (see scripts/post-build.mjs): WebKit fires no
  // error event when a module's top-level await fails.
  addEventListener('faceoff-start-failed', fail);
  if (typeof WebAssembly !== 'object') addEventListener('DOMContentLoaded', fail);

  if ('serviceWorker' in navigator && location.protocol !== 'file:') {
    addEventListener('load', function () {
      navigator.serviceWorker.register('./sw.js').catch(function () {
        // No offline copy (private mode, blocked by the browser): still works online.
      });
    });
  }
})();
