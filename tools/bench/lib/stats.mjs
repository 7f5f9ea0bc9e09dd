// Small statistics for benchmark figures: nearest-rank quantiles over recorded samples.

/** The q-quantile (0–1) by nearest rank; NaN for no samples. */
export function quantile(values, q) {
  if (values.length === 0) return NaN;
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export function summary(values) {
  return {
    count: values.length,
    p50: quantile(values, 0.5),
    p99: quantile(values, 0.99),
    // A loop, not Math.max(...values): a fast closed loop records more samples than a call may take arguments.
    max: values.length ? values.reduce((a, b) => (b > a ? b : a), -Infinity) : NaN,
  };
}

/** `12.3` → "12.3", big numbers without decimals: figures printed for people. */
export function fmt(value, digits = 1) {
  if (!Number.isFinite(value)) return 'n/a';
  return Math.abs(value) >= 100 ? value.toFixed(0) : value.toFixed(digits);
}
