/**
 * Measurements over time: the day a date stands for, months between days, and the straight line through
 * an indicator's measurements that says where it will be by the norm's deadline. The follow-up checks,
 * the trend chart and the reports all use these, so they agree on what "at risk" means.
 */
import type { MeasurementValue, NormValue } from './theory-model.js';
import { comparable, dateKey, isRealDate } from './quantity.js';

const DAY = 86_400_000;

/** Days since 1970 of a YYYY-MM(-DD) date; a month alone is its first day (as status and sorting have it). */
export function dayNumber(date: string): number {
    const [y = NaN, m = NaN, d = NaN] = dateKey(date).split('-').map(Number); // a part that is missing: NaN, as Number(undefined)
    return Math.round(Date.UTC(y, m - 1, d) / DAY);
}

/** The last day a deadline allows: `tegen 2027-06` means by the end of June. */
export function deadlineDay(deadline: string): number {
    if (deadline.length === 7) {
        const [y = NaN, m = NaN] = deadline.split('-').map(Number);
        return Math.round(Date.UTC(y, m, 0) / DAY);
    }
    return dayNumber(deadline);
}

/** The date N months after a YYYY-MM(-DD) date, as a day number (31 January + 1 month = 28/29 February). */
export function addMonths(date: string, months: number): number {
    const [y = NaN, m = NaN, d = NaN] = dateKey(date).split('-').map(Number);
    const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
    return Math.round(Date.UTC(y, m - 1 + months, Math.min(d, last)) / DAY);
}

export function isoDay(day: number): string {
    return new Date(day * DAY).toISOString().slice(0, 10);
}

export interface TrendPoint {
    day: number;
    value: number;
}

/** The measurements a trend can be drawn through: real dates, and in the norm's kind of number. */
export function trendPoints(measurements: readonly MeasurementValue[], norm?: Pick<NormValue, 'percent'>): TrendPoint[] {
    return measurements
        .filter(m => m.date && isRealDate(m.date) && !Number.isNaN(m.value) && (!norm || comparable(norm, m)))
        .map(m => ({ day: dayNumber(m.date!), value: m.value }));
}

/** Least squares through the points: `value = a + b·day`. Undefined with fewer than two distinct days. */
export function linearTrend(points: readonly TrendPoint[]): { at(day: number): number; perDay: number } | undefined {
    const n = points.length;
    if (n < 2) return undefined;
    const meanDay = points.reduce((s, p) => s + p.day, 0) / n;
    const meanValue = points.reduce((s, p) => s + p.value, 0) / n;
    let sxx = 0, sxy = 0;
    for (const p of points) {
        sxx += (p.day - meanDay) ** 2;
        sxy += (p.day - meanDay) * (p.value - meanValue);
    }
    if (sxx === 0) return undefined;
    const perDay = sxy / sxx;
    return { perDay, at: day => meanValue + perDay * (day - meanDay) };
}
