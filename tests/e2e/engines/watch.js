// Test only (served.mjs puts it first in the served copy's <head>): records what
// the page itself can see go wrong, for the cross-engine suite to read back:
// uncaught errors, failed loads of scripts, styles and images, unhandled
// promise rejections, console.error calls, and Content-Security-Policy
// violations; and, for the benchmark, when the app became usable.
(function () {
  var seen = (window.__seen = { errors: [], csp: [] });
  addEventListener(
    'error',
    function (event) {
      var target = event.target;
      if (target && target !== window && (target.src || target.href)) {
        seen.errors.push('failed to load ' + (target.src || target.href));
      } else {
        seen.errors.push('error: ' + (event.error || event.message));
      }
    },
    true,
  );
  addEventListener('unhandledrejection', function (event) {
    seen.errors.push('unhandled rejection: ' + event.reason);
  });
  addEventListener('securitypolicyviolation', function (event) {
    seen.csp.push(event.violatedDirective + ': ' + event.blockedURI);
  });
  var consoleError = console.error;
  console.error = function () {
    seen.errors.push('console.error: ' + Array.prototype.join.call(arguments, ' '));
    return consoleError.apply(console, arguments);
  };
  // Usable: all 13 sliders enabled, the recommendation shown, the
  // prerendered stand-in gone. Milliseconds from the navigation's start.
  function usable() {
    var sliders = document.querySelectorAll('input[type=range]');
    if (sliders.length !== 13 || document.querySelector('.slot:not(.live)')) return false;
    for (var i = 0; i < sliders.length; i++) if (sliders[i].disabled) return false;
    return !!document.querySelector('[role=status] .headline');
  }
  var watching = new MutationObserver(function () {
    if (usable()) {
      seen.usable = performance.now();
      watching.disconnect();
      // For a harness that must not run scripts in the page while it starts.
      dispatchEvent(new Event('faceoff-usable'));
    }
  });
  watching.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled'] });
})();
