// Runs before the page is painted, as a plain script (the CSP allows no
// inline code). Three jobs the wasm app cannot do for itself:
// - apply the saved colour theme before the first paint, so it never flashes;
// - show a readable message if the app cannot start or stops on an error;
// - register the service worker that makes the page work offline.
(function () {
  var root = document.documentElement;
  // Scripts run: the "needs JavaScript" note gives way to "Loading".
  root.classList.add('js');
  try {
    var theme = localStorage.getItem('faceoff.theme');
    if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
  } catch (e) {
    // Storage blocked: the system's theme applies.
  }

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
  }
  // Before the start any error is the app failing to load or to start;
  // after it, only a trap in the wasm (a Rust panic) stops the app.
  addEventListener('error', function (event) {
    if (!started || trapped(event.error)) fail();
  });
  addEventListener('unhandledrejection', function (event) {
    if (!started || trapped(event.reason)) fail();
  });
  if (typeof WebAssembly !== 'object') addEventListener('DOMContentLoaded', fail);

  if ('serviceWorker' in navigator && location.protocol !== 'file:') {
    addEventListener('load', function () {
      navigator.serviceWorker.register('./sw.js').catch(function () {
        // No offline copy (private mode, blocked by the browser): still works online.
      });
    });
  }
})();
