/** The short phrases every report format shares: horizon, norm, measurement, status, in the document's language. */
import type { ElementJson, MeasurementJson, NormJson, ResultJson } from 'toc-language/model';
import type { ReportMessages } from '../messages.js';

/** "korte termijn (KT)"; nothing when the action has no horizon. */
export function horizonText(el: ElementJson, m: ReportMessages): string | undefined {
    if (!el.horizon) return undefined;
    return el.horizonLabel ? `${m.horizon[el.horizon]} (${el.horizonLabel})` : m.horizon[el.horizon];
}

export function priorityText(el: ElementJson, m: ReportMessages): string | undefined {
    return el.priority ? m.priority[el.priority] : undefined;
}

/** "≥ 80% tegen 2027-06". */
export function normText(norm: NormJson, m: ReportMessages): string {
    return norm.deadline ? `${norm.text} ${m.by} ${norm.deadline}` : norm.text;
}

/** "34% (2026-09)". */
export function measurementText(q: MeasurementJson): string {
    return q.date ? `${q.text} (${q.date})` : q.text;
}

/** met / not met / not measured yet, or "no norm yet" when there is nothing to judge against. */
export function stateText(result: ResultJson, m: ReportMessages): string {
    return result.norm ? m.state[result.state] : m.noNorm;
}

/** The state as a CSS-friendly key: no norm is its own state in the reports. */
export function stateKey(result: ResultJson): 'met' | 'not-met' | 'not-measured' | 'no-norm' {
    return result.norm ? result.state : 'no-norm';
}

/** Today, or the day of SOURCE_DATE_EPOCH so a report can be rebuilt byte for byte. */
export function today(): string {
    return madeOn().toISOString().slice(0, 10);
}

/** The moment a document is made: now, or SOURCE_DATE_EPOCH (documents that store a time: xlsx, docx, pdf). */
export function madeOn(): Date {
    const epoch = Number(process.env.SOURCE_DATE_EPOCH);
    return Number.isFinite(epoch) && process.env.SOURCE_DATE_EPOCH ? new Date(epoch * 1000) : new Date();
}
