// The benchmark's table: one row per measure, with its target, the
// baseline's figures beside this build's, and the peer's below.

/** Prints `results` (as bench.mjs writes them to `out`). */
export function printReport(results, out) {
  const ms = (v) => (v === null ? '-' : `${v.toFixed(1)} ms`);
  const kb = (v) => (v === null ? '-' : `${(v / 1024).toFixed(1)} KB`);
  /** The plain page's rows: the floor for the sweep's two measures. */
  const floorRows = (f) => [
    ['  plain page: input → DOM', ms(f.inputToDomMs.median), ms(f.inputToDomMs.p95), 'floor'],
    ['  plain page: key press → next frame', ms(f.inputToPaintMs.median), ms(f.inputToPaintMs.p95), 'floor'],
  ];
  const score = (v) => (v === null || v === undefined ? '-' : String(Math.round(v)));
  /** Lighthouse's rows for one page: mobile (median of its runs) and desktop. */
  const lighthouseRows = (l) =>
    !l || l.error
      ? [['Lighthouse', l?.error ?? '-', '', '']]
      : [
          [`Lighthouse mobile performance (median of ${l.mobile.runs})`, score(l.mobile.performance), '', '≥ 98'],
          ['    the same, throttling applied (1 run)', score(l.applied.performance), '', ''],
          ['  mobile total blocking time', ms(l.mobile.tbtMs), '', '≤ 50 ms'],
          ['    the same, throttling applied', ms(l.applied.tbtMs), '', ''],
          ['  mobile largest paint after first paint', ms(l.mobile.lcpAfterFcpMs), '', '≤ 100 ms'],
          ['    the same, as observed (unthrottled)', ms(l.mobile.observedLcpAfterFcpMs), '', ''],
          ['    the same, throttling applied (1 run)', ms(l.applied.lcpAfterFcpMs), '', ''],
          ['  mobile first contentful paint', ms(l.mobile.fcpMs), '', ''],
          ['    the same, throttling applied', ms(l.applied.fcpMs), '', ''],
          ['  mobile accessibility, best practices, SEO', `${score(l.mobile.accessibility)} ${score(l.mobile.bestPractices)} ${score(l.mobile.seo)}`, '', '100 100 100'],
          ['Lighthouse desktop performance', score(l.desktop.performance), '', '100'],
        ];
  /** The table's rows for one build: name, median, p95, target; `floor`
   * goes under the frame-time row it compares with. */
  const rowsFor = (r, floor = []) => [
    ...Object.entries(r.transferredGzip).map(([k, s]) => [`first load, ${k} (gzip, as served)`, kb(s.median), kb(s.p95), '']),
    ...(r.sizesOnDisk
      ? [
          ['first load on disk, total (gzip -9)', kb(r.sizesOnDisk.total.gzip), '', '≤ 172 KB'],
          ['first load on disk, total (brotli 11)', kb(r.sizesOnDisk.total.brotli), '', ''],
          ['  of which HTML (gzip, brotli)', kb(r.sizesOnDisk.HTML.gzip), kb(r.sizesOnDisk.HTML.brotli), ''],
          ['  of which wasm (gzip, brotli)', kb(r.sizesOnDisk.wasm.gzip), kb(r.sizesOnDisk.wasm.brotli), ''],
        ]
      : []),
    ['navigation → first paint', ms(r.firstPaintMs.median), ms(r.firstPaintMs.p95), ''],
    ['navigation → wasm and JS downloaded', ms(r.downloadedMs.median), ms(r.downloadedMs.p95), ''],
    ['navigation → wasm started', ms(r.startedMs.median), ms(r.startedMs.p95), ''],
    ['navigation → recommendation shown', ms(r.renderedMs.median), ms(r.renderedMs.p95), ''],
    ['navigation → first slider move shown', ms(r.respondsMs.median), ms(r.respondsMs.p95), ''],
    ['navigation → all 13 sliders enabled', ms(r.usableMs.median), ms(r.usableMs.p95), '≤ 250 ms'],
    ['long tasks during load (count)', r.longTasksDuringLoad.count.median, r.longTasksDuringLoad.count.p95, '0'],
    ['longest task during load', ms(r.longTasksDuringLoad.longestMs.median), ms(r.longTasksDuringLoad.longestMs.p95), '≤ 50 ms'],
    ['loads with a task over 50 ms', `${r.longTasksDuringLoad.loadsWithOne} of ${results.loads}`, '', 'none'],
    ['  those tasks begun before first paint', `${r.longTasksDuringLoad.beforeFirstPaint} of ${r.longTasksDuringLoad.all}`, '', ''],
    [`slider input → DOM (${r.sweep.changes} changes)`, ms(r.sweep.inputToDomMs.median), ms(r.sweep.inputToDomMs.p95), 'no worse than before'],
    ['key press → next frame', ms(r.sweep.inputToPaintMs.median), ms(r.sweep.inputToPaintMs.p95), '≤ 16 ms p95'],
    ...floor,
    ['JS heap after load', kb(r.memoryAfterLoad.heapBytes.median), kb(r.memoryAfterLoad.heapBytes.p95), ''],
    ['wasm memory after load', kb(r.memoryAfterLoad.wasmBytes.median), kb(r.memoryAfterLoad.wasmBytes.p95), ''],
    ['JS heap before → after the sweep', kb(r.sweep.memoryBefore.heap), kb(r.sweep.memoryAfter.heap), ''],
    ['wasm memory before → after the sweep', kb(r.sweep.memoryBefore.wasmMemory), kb(r.sweep.memoryAfter.wasmMemory), ''],
    ...lighthouseRows(r.lighthouse),
  ];
  const rows = rowsFor(results, results.referenceSweep ? floorRows(results.referenceSweep) : []);
  // The baseline's cells by row name: its file types, for one, may differ.
  const baseline = results.baseline && new Map(rowsFor(results.baseline).map(([name, ...cells]) => [name, cells]));
  const line = (name, cells, target) => `${name.padEnd(42)}${cells.map((c) => String(c).padStart(12)).join('')}   ${target}`;
  if (results.network) console.log(`\nPage loads throttled: NETWORK=${results.network}`);
  if (results.cpuSlowdown > 1) console.log(`Page loads on a CPU slowed ${results.cpuSlowdown} times (CPU=${results.cpuSlowdown})`);
  if (baseline) console.log(`\nBaseline: ${results.baseline.url}, its loads alternating with this build's`);
  console.log(`\n${line('measure', ['median', 'p95', ...(baseline ? ['baseline', 'its p95'] : [])], 'target')}`);
  for (const [name, median, p95, target] of rows) {
    const theirs = baseline ? (baseline.get(name) ?? ['', '']).slice(0, 2) : [];
    console.log(line(name, [median, p95, ...theirs], target));
  }
  if (results.peer) {
    console.log(`\nPeer: ${results.peer.url}, its Lighthouse runs in turn with this build's`);
    const { sweep: theirs } = results.peer;
    const sweepRows = theirs.error
      ? [['weight input → DOM', theirs.error, '', '']]
      : [
          [`weight input → DOM (${theirs.changes} changes)`, ms(theirs.inputToDomMs.median), ms(theirs.inputToDomMs.p95), ''],
          ['weight input → next frame', ms(theirs.inputToPaintMs.median), ms(theirs.inputToPaintMs.p95), ''],
        ];
    for (const [name, median, p95, target] of [...sweepRows, ...lighthouseRows(results.peer.lighthouse)]) {
      console.log(line(name, [median, p95], target));
    }
  }
  console.log(`\nJSON: ${out}`);
}
