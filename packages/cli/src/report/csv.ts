/**
 * The action plan as CSV (RFC 4180): one row per action, CRLF between records, every field quoted when
 * it holds the delimiter, a quote or a line break. Several results or indicators share one cell, one
 * per line, in the same order across the results / norms / status columns.
 */
import { reportMessages } from '../messages.js';
import { indicatorTitle, latestOf, resultTitle, type Plan } from './plan.js';
import { horizonText, measurementText, normText, priorityText, stateText } from './words.js';

/**
 * Excel reads a CSV file without a byte order mark in the computer's legacy code page (Windows-1252
 * here), so "financiën" would show as "financiÃ«n". The UTF-8 BOM tells Excel the file is UTF-8;
 * other readers (csv-parse, LibreOffice, Python) skip or accept it.
 */
export const UTF8_BOM = '\uFEFF';

/**
 * A cell that starts with = + - @ (or a tab or carriage return) is a formula to Excel and LibreOffice:
 * `trekker "=HYPERLINK(…)"` would run, `partner "+32 3 123 45 67"` show an error. OWASP's advice: put
 * a `'` in front, so the spreadsheet keeps the text as text.
 */
export function neutraliseFormula(value: string): string {
    return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function csvField(raw: string, delimiter: string): string {
    const value = neutraliseFormula(raw);
    return /["\r\n]/.test(value) || value.includes(delimiter) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function planToCsv(plan: Plan, delimiter = ','): string {
    const m = reportMessages(plan.theory.lang);
    const c = m.col;
    const header = [c.goals, c.action, c.description, c.horizon, c.contributesTo, c.results, c.norms, c.status,
        c.indicators, c.latest, c.owner, c.partners, c.steps, c.priority];
    const rows = plan.actions.map(a => {
        const el = a.action;
        const indicators = el.results.flatMap(r => r.indicators);
        return [
            a.goals.map(g => g.name).join('\n'),
            el.name,
            el.description ?? '',
            horizonText(el, m) ?? '',
            a.targets.map(t => t.name).join('\n'),
            el.results.map(r => resultTitle(r)).join('\n'),
            el.results.map(r => (r.norm ? normText(r.norm, m) : m.noNorm)).join('\n'),
            el.results.map(r => stateText(r, m)).join('\n'),
            indicators.map(i => indicatorTitle(i)).join('\n'),
            indicators.map(i => { const l = latestOf(i); return l ? measurementText(l) : m.noMeasurement; }).join('\n'),
            el.owner ?? '',
            el.partners.join('\n'),
            el.steps.join('\n'),
            priorityText(el, m) ?? '',
        ];
    });
    return UTF8_BOM + [header, ...rows].map(r => r.map(f => csvField(f, delimiter)).join(delimiter)).join('\r\n') + '\r\n';
}
