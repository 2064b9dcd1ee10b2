/** Small statistics for the benchmark tables. */

export function quantile(values, q) {
    if (values.length === 0) return NaN;
    const s = [...values].sort((a, b) => a - b);
    const pos = (s.length - 1) * q;
    const lo = Math.floor(pos), hi = Math.ceil(pos);
    return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}

/** { p50, p90, min, max, n } of a list of milliseconds (or any numbers), rounded for the report. */
export function summary(values) {
    const r = v => Math.round(v * 100) / 100;
    return { p50: r(quantile(values, 0.5)), p90: r(quantile(values, 0.9)), min: r(Math.min(...values)), max: r(Math.max(...values)), n: values.length };
}

/** Log-log slope between consecutive sizes: 1 is linear, 2 quadratic. */
export function exponents(points) {
    const out = [];
    for (let i = 1; i < points.length; i++) {
        const [x0, y0] = points[i - 1], [x1, y1] = points[i];
        if (!(x0 > 0 && x1 > 0 && y0 > 0 && y1 > 0)) continue;
        out.push({ from: x0, to: x1, slope: Math.round((Math.log(y1 / y0) / Math.log(x1 / x0)) * 100) / 100 });
    }
    return out;
}

/** Runs `fn` `warmup` times unmeasured, then `runs` times; returns the list of its results (ms). */
export async function repeat(fn, { warmup, runs }) {
    for (let i = 0; i < warmup; i++) await fn(i);
    const out = [];
    for (let i = 0; i < runs; i++) out.push(await fn(i));
    return out;
}
