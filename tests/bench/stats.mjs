// Medians and 95th percentiles, shared by the benchmark's scripts.

/** The value at quantile `q` (0 to 1) of `values`, null when there are none. */
export const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
};
export const summary = (values) => ({ median: quantile(values, 0.5), p95: quantile(values, 0.95), n: values.length });
