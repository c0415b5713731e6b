// Scripts the benchmark runs inside the page before any of its own: what
// they note is read back from window.__bench and window.__sweep.

/** In the page before any script: when the recommendation is on screen, when
 * the first slider move shows, long tasks, the wasm instance. */
export function instrument() {
  const marks = (window.__bench = { longTasks: [] });
  // Both marks taken: told through the console, which the harness hears
  // without running anything in the page during the start-up it measures.
  const reportWhenMeasured = () => {
    if (marks.responsive !== undefined && window.__seen.usable !== undefined) console.debug('faceoff-bench: measured');
  };
  addEventListener('faceoff-usable', reportWhenMeasured);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) marks.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  addEventListener('TrunkApplicationStarted', (e) => {
    marks.wasm = e.detail.wasm;
    marks.started = performance.now();
  });
  /** Calls `then` with the first element matching `selector`, once there is one. */
  const whenPresent = (selector, then) => {
    const found = document.querySelector(selector);
    if (found) return then(found);
    const watch = new MutationObserver(() => {
      const element = document.querySelector(selector);
      if (element) {
        watch.disconnect();
        then(element);
      }
    });
    watch.observe(document, { subtree: true, childList: true });
  };
  // The recommendation is shown when a frame holding it is presented: the
  // first contentful paint if it was in the page by then (the prerendered
  // copy), else its Element Timing entry (the app's, on a visit that starts
  // without the copy; the attribute is set before it is painted).
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.identifier === 'recommendation') marks.painted ??= e.renderTime || e.loadTime;
  }).observe({ type: 'element', buffered: true });
  whenPresent('.result-panel [role="status"] .headline', (headline) => {
    marks.inPage = performance.now();
    headline.setAttribute('elementtiming', 'recommendation');
  });
  // As soon as the app's first live slider is there (the prerendered ones
  // are disabled), move it, and note when the app's recommendation answers.
  whenPresent('input[type="range"]:not(:disabled)', (slider) => {
    const status = document.querySelector('.result-panel [role="status"]');
    const before = status.textContent;
    const moved = new MutationObserver(() => {
      if (status.textContent !== before) {
        marks.responsive = performance.now();
        moved.disconnect();
        reportWhenMeasured();
      }
    });
    moved.observe(status, { subtree: true, childList: true, characterData: true });
    slider.value = '0';
    slider.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** In the page: for every trusted slider input, the script time from the
 * event reaching the page until the DOM has changed, and the time from the
 * key press (the event's own time stamp) until the next frame. */
export function instrumentSweep() {
  const samples = (window.__sweep = []);
  addEventListener(
    'input',
    (event) => {
      const reached = performance.now();
      const sample = {};
      samples.push(sample);
      const changed = new MutationObserver(() => {
        sample.dom = performance.now() - reached;
        changed.disconnect();
      });
      changed.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
      requestAnimationFrame(() => {
        // The message arrives once this frame has been produced.
        const channel = new MessageChannel();
        channel.port1.onmessage = () => (sample.paint = performance.now() - event.timeStamp);
        channel.port2.postMessage(0);
      });
    },
    true,
  );
}
