/**
 * "Today", for the follow-up checks (a stale measurement, a passed deadline, a norm at risk). A service so
 * that tests and reports can fix the day: no check reads the wall clock itself.
 */
export interface Clock {
    /** YYYY-MM-DD. */
    today(): string;
}

/**
 * The computer's date (UTC), unless TOC_TODAY=YYYY-MM-DD says otherwise: checking "as on" another day,
 * e.g. the end of a reporting period, and what the test suites set so that no result depends on the day.
 */
export class SystemClock implements Clock {
    today(): string {
        const forced = typeof process !== 'undefined' ? process.env?.TOC_TODAY : undefined;
        if (forced && /^\d{4}-\d{2}-\d{2}$/.test(forced)) return forced;
        return new Date().toISOString().slice(0, 10);
    }
}

export class FixedClock implements Clock {
    constructor(private readonly day: string) {}
    today(): string {
        return this.day;
    }
}
