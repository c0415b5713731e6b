// The flags the benchmark starts Chromium with: every suite's, and exact
// memory figures (performance.memory is otherwise rounded).
import { CHROMIUM_FLAGS } from '../e2e/chromium.js';

export const BENCH_FLAGS = [...CHROMIUM_FLAGS, '--enable-precise-memory-info'];
