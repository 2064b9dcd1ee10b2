/** Norms, measurements and their comparison: the arithmetic of result status, in one place. */
export type Operator = '>=' | '<=' | '>' | '<' | '=';

export function normalizeOperator(op: string | undefined): Operator {
    switch (op) {
        case '≥': return '>=';
        case '≤': return '<=';
        case '<=': case '>': case '<': case '=': case '>=': return op;
        default: return '>=';
    }
}

const SYMBOL: Record<Operator, string> = { '>=': '≥', '<=': '≤', '>': '>', '<': '<', '=': '=' };

export function operatorSymbol(op: Operator): string {
    return SYMBOL[op];
}

export function compare(value: number, op: Operator, norm: number): boolean {
    switch (op) {
        case '>=': return value >= norm;
        case '<=': return value <= norm;
        case '>': return value > norm;
        case '<': return value < norm;
        case '=': return value === norm;
    }
}

/** Dutch writes a decimal comma: 2,5. */
export function formatNumber(value: number, lang: 'en' | 'nl' = 'en'): string {
    const text = Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
    return lang === 'nl' ? text.replace('.', ',') : text;
}

export function formatQuantity(q: { value: number; percent: boolean; unit?: string }, lang: 'en' | 'nl' = 'en'): string {
    return formatNumber(q.value, lang) + (q.percent ? '%' : q.unit ? ` ${q.unit}` : '');
}

/**
 * Whether a measurement can be held against a norm: a percentage only against a percentage. Unit words
 * are not compared ("1 keer" and "2 keer", "gezin" and "gezinnen" are the same unit to a reader).
 */
export function comparable(norm: { percent: boolean }, measured: { percent: boolean }): boolean {
    return norm.percent === measured.percent;
}

/** YYYY-MM sorts before any YYYY-MM-DD of that month: a month-only measurement counts as its first day. */
export function dateKey(date: string | undefined): string {
    if (!date) return '';
    return date.length === 7 ? `${date}-01` : date;
}

/** True for YYYY-MM and YYYY-MM-DD that name a real month and day. */
export function isRealDate(date: string): boolean {
    const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(date);
    if (!m) return false;
    const year = Number(m[1]), month = Number(m[2]);
    if (month < 1 || month > 12) return false;
    if (m[3] === undefined) return true;
    const day = Number(m[3]);
    const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return day >= 1 && day <= days;
}
