/**
 * Measurements filled in elsewhere (a follow-up workbook, a table saved from Excel) become `meting` lines
 * in the right blocks of the right .toc files. This file only plans text edits: it reads the parsed
 * documents and returns insertions; nothing else in the text moves (comments, layout, the order of the
 * rest). The command line writes them, the editor shows them as a refactoring preview.
 *
 * A row is: which indicator, a date, a value, perhaps a note. Rows already in the text are skipped; a
 * row that cannot be understood is a problem with its row, column and reason, and the caller decides
 * whether any problem stops the import.
 */
import { GrammarUtils, type LangiumDocument } from 'langium';
import type { Range, TextEdit } from 'vscode-languageserver-types';
import type { Indicator } from '../generated/ast.js';
import { isTopMeasurement } from '../generated/ast.js';
import { closestName } from '../validation/closest-name.js';
import { dateKey, formatNumber, isRealDate } from '../model/quantity.js';
import type { MeasurementValue, ModelElement, TheoryModel } from '../model/theory-model.js';

export type ImportColumn = 'indicator' | 'date' | 'value';

/** One row as read from a workbook or a CSV file: text as written (dates as YYYY-MM-DD when the cell was a date). */
export interface ImportRow {
    /** The sheet or file the row comes from, for messages. */
    where: string;
    /** 1-based, as the spreadsheet shows it. */
    row: number;
    /** The .toc file the row belongs to (absolute path), when the workbook says so. */
    file?: string;
    indicator: string;
    date: string;
    value: string;
    note?: string;
    /** How each column is called in the source ("Datum (B)"), for messages. */
    columns: Record<ImportColumn, string>;
}

export type RowProblemReason =
    | { kind: 'unknown-indicator'; indicator: string; suggestion?: string }
    | { kind: 'ambiguous-indicator'; indicator: string; files: string[] }
    | { kind: 'no-date' }
    | { kind: 'bad-date'; text: string }
    | { kind: 'no-value' }
    | { kind: 'bad-value'; text: string }
    | { kind: 'percent-out-of-range'; text: string }
    | { kind: 'percent-for-count'; text: string; unit: string }
    | { kind: 'conflict'; date: string; existing: string };

export interface RowProblem {
    where: string;
    row: number;
    column: ImportColumn;
    columnLabel: string;
    reason: RowProblemReason;
}

export interface AddedMeasurement {
    file: string;
    indicator: string;
    date: string;
    text: string;
    row: ImportRow;
}

export interface ImportPlan {
    /** Per document URI (string): the insertions, none overlapping. */
    edits: Map<string, { document: LangiumDocument; edits: TextEdit[] }>;
    added: AddedMeasurement[];
    /** Rows whose measurement is already in the text. */
    skipped: number;
    problems: RowProblem[];
}

interface Target {
    model: TheoryModel;
    el: ModelElement;
}

interface Parsed {
    target: Target;
    date: string;
    value: number;
    percent: boolean;
    row: ImportRow;
}

export function planImport(models: readonly TheoryModel[], rows: readonly ImportRow[]): ImportPlan {
    const byId = new Map<string, Target[]>();
    for (const model of models) {
        for (const el of model.elements) {
            if (el.kind === 'indicator') (byId.get(el.id) ?? byId.set(el.id, []).get(el.id)!).push({ model, el });
        }
    }
    const problems: RowProblem[] = [];
    const problem = (row: ImportRow, column: ImportColumn, reason: RowProblemReason) =>
        problems.push({ where: row.where, row: row.row, column, columnLabel: row.columns[column], reason });
    const accepted: Parsed[] = [];
    let skipped = 0;

    for (const row of rows) {
        const name = row.indicator.trim();
        if (!name || (!row.date.trim() && !row.value.trim())) continue; // an empty row of the template
        const candidates = (byId.get(name) ?? []).filter(t => !row.file || t.model.document.uri.fsPath === row.file);
        const target = candidates[0];
        if (!target) {
            const names = row.file ? [...byId.values()].flat().filter(t => t.model.document.uri.fsPath === row.file).map(t => t.el.id) : [...byId.keys()];
            problem(row, 'indicator', { kind: 'unknown-indicator', indicator: name, suggestion: closestName(name, names) });
            continue;
        }
        if (candidates.length > 1) {
            problem(row, 'indicator', { kind: 'ambiguous-indicator', indicator: name, files: candidates.map(t => t.model.document.uri.fsPath) });
            continue;
        }
        const date = parseDate(row.date);
        if (!row.date.trim()) { problem(row, 'date', { kind: 'no-date' }); continue; }
        if (!date) { problem(row, 'date', { kind: 'bad-date', text: row.date.trim() }); continue; }
        if (!row.value.trim()) { problem(row, 'value', { kind: 'no-value' }); continue; }
        const value = parseValue(row.value);
        if (!value) { problem(row, 'value', { kind: 'bad-value', text: row.value.trim() }); continue; }
        const kind = quantityKind(target);
        if (value.percent && kind.unit && !kind.percent) {
            problem(row, 'value', { kind: 'percent-for-count', text: row.value.trim(), unit: kind.unit });
            continue;
        }
        const percent = kind.percent || value.percent;
        if (percent && (value.value < 0 || value.value > 100)) {
            problem(row, 'value', { kind: 'percent-out-of-range', text: row.value.trim() });
            continue;
        }
        const same = [...target.model.measurementsOf(target.el), ...accepted.filter(a => a.target.el === target.el)]
            .find(m => dateKey(m.date) === dateKey(date));
        if (same) {
            if (same.value === value.value) skipped++;
            else problem(row, 'value', { kind: 'conflict', date, existing: formatNumber(same.value, target.model.lang) + (same.percent ? '%' : '') });
            continue;
        }
        accepted.push({ target, date, value: value.value, percent, row });
    }

    const edits = new Map<string, { document: LangiumDocument; edits: TextEdit[] }>();
    const added: AddedMeasurement[] = [];
    const groups = new Map<ModelElement, Parsed[]>();
    for (const a of accepted) (groups.get(a.target.el) ?? groups.set(a.target.el, []).get(a.target.el)!).push(a);
    for (const [el, list] of groups) {
        list.sort((a, b) => dateKey(a.date).localeCompare(dateKey(b.date)));
        const { model } = list[0]!.target; // a group holds one row at least
        const lines = list.map(p => ({ p, text: measurementText(model, el, p) }));
        const edit = insertion(model, el, lines.map(l => ({ body: l.text, note: l.p.row.note })));
        const key = model.document.uri.toString();
        (edits.get(key) ?? edits.set(key, { document: model.document, edits: [] }).get(key)!).edits.push(edit);
        for (const { p, text } of lines) added.push({ file: model.document.uri.fsPath, indicator: el.id, date: p.date, text, row: p.row });
    }
    return { edits, added, skipped, problems };
}

/** Dates as people type them: 2026-09, 2026-09-15, 15/09/2026, 15-9-2026, 15.09.2026. */
export function parseDate(text: string): string | undefined {
    const t = text.trim();
    let m = /^(\d{4})[-/](\d{1,2})(?:[-/](\d{1,2}))?$/.exec(t);
    let iso: string | undefined;
    const pad = (digits = '') => digits.padStart(2, '0');
    if (m) iso = `${m[1]}-${pad(m[2])}${m[3] ? '-' + pad(m[3]) : ''}`;
    else if ((m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t))) iso = `${m[3]}-${pad(m[2])}-${pad(m[1])}`;
    return iso && isRealDate(iso) ? iso : undefined;
}

/** 34, 34%, 2,5, 2.5, -1: a decimal comma or point, an optional percent sign. */
export function parseValue(text: string): { value: number; percent: boolean } | undefined {
    const m = /^(-?\d+(?:[.,]\d+)?)\s*(%?)$/.exec(text.trim().replace(/\u00A0/g, ' '));
    if (!m) return undefined;
    const [, digits = '', sign] = m; // the digits' group always takes part in a match
    return { value: Number(digits.replace(',', '.')), percent: sign === '%' };
}

/** Whether an indicator counts in percent, and its unit: from its own measurements, else its result's norm. */
function quantityKind(target: Target): { percent: boolean; unit?: string } {
    const measured: MeasurementValue | undefined = target.model.measurementsOf(target.el).slice(-1)[0];
    if (measured) return { percent: measured.percent, unit: measured.unit };
    const result = target.el.parent;
    const norm = result ? target.model.statusOf(result).norm : undefined;
    return norm ? { percent: norm.percent, unit: norm.unit } : { percent: false };
}

function measurementText(model: TheoryModel, el: ModelElement, p: Parsed): string {
    const kind = quantityKind({ model, el });
    const quantity = formatNumber(p.value, model.lang) + (p.percent ? '%' : kind.unit ? ` ${kind.unit}` : '');
    return `${p.date} ${quantity}`;
}

/** The keyword the file already uses for measurements, else the one of its language. */
function keywordOf(model: TheoryModel, measured: MeasurementValue[]): string {
    const written = (measured[0]?.node as { keyword?: string } | undefined)?.keyword;
    return written === 'meting' || written === 'measurement' ? written : model.lang === 'nl' ? 'meting' : 'measurement';
}

/** One insertion for all new measurements of one indicator. */
function insertion(model: TheoryModel, el: ModelElement, lines: { body: string; note?: string }[]): TextEdit {
    const doc = model.document;
    const text = doc.textDocument.getText();
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const unit = /^([ \t]+)\S/m.exec(text)?.[1] ?? '    ';
    const step = unit.startsWith('\t') ? '\t' : unit;
    const measured = model.measurementsOf(el);
    const keyword = keywordOf(model, measured);
    const at = (offset: number) => doc.textDocument.positionAt(offset);
    const range = (offset: number): Range => ({ start: at(offset), end: at(offset) });
    const indentOf = (offset: number) => /^[ \t]*/.exec(text.slice(text.lastIndexOf('\n', offset - 1) + 1))![0];
    const comment = (note?: string) => (note && note.trim() ? ` // ${note.replace(/\s+/g, ' ').trim()}` : '');

    // Measurements written at the top level of this file: the new ones go right after the last of them.
    const tops = measured.filter(m => isTopMeasurement(m.node) && m.node.$cstNode && m.node.$container === doc.parseResult.value);
    if (tops.length > 0 && tops.length === measured.length) {
        const last = tops.reduce((a, b) => (a.node.$cstNode!.end > b.node.$cstNode!.end ? a : b));
        const end = lineEnd(text, last.node.$cstNode!.end);
        const indent = indentOf(last.node.$cstNode!.offset);
        const name = el.name ?? el.id;
        return { range: range(end), newText: lines.map(l => `${eol}${indent}${keyword} ${name} ${l.body}${comment(l.note)}`).join('') };
    }

    const node = el.node as Indicator;
    const cst = node.$cstNode!;
    const close = GrammarUtils.findNodeForKeyword(cst, '}');
    const open = GrammarUtils.findNodeForKeyword(cst, '{');
    if (!close || !open) {
        // No block yet: open one after the description.
        const indent = indentOf(cst.offset);
        const body = lines.map(l => `${eol}${indent}${step}${keyword} ${l.body}${comment(l.note)}`).join('');
        return { range: range(cst.end), newText: ` {${body}${eol}${indent}}` };
    }
    const lineStart = text.lastIndexOf('\n', close.offset - 1) + 1;
    const before = text.slice(lineStart, close.offset);
    if (before.trim() === '') {
        // `}` on its own line: new lines just above it, indented like the measurements already there.
        const inside = [...node.measurements, ...node.baselines].map(m => m.$cstNode).filter(c => c && c.offset > open.end);
        const ownLine = inside.filter(c => text.slice(text.lastIndexOf('\n', c!.offset - 1) + 1, c!.offset).trim() === '');
        const indent = ownLine.length > 0 ? indentOf(ownLine[ownLine.length - 1]!.offset) : before + step;
        return { range: range(lineStart), newText: lines.map(l => `${indent}${keyword} ${l.body}${comment(l.note)}${eol}`).join('') };
    }
    if (text.slice(open.end, close.offset).includes('\n')) {
        // `meting … }` on one line: the new lines go before the brace, which keeps its place at the end.
        const indent = indentOf(close.offset);
        return { range: range(close.offset), newText: lines.map(l => `${eol}${indent}${keyword} ${l.body}${comment(l.note)}`).join('') + `${eol}${indentOf(cst.offset)}` };
    }
    // A block on one line, `{ meting 2026-03 24% }`: it stays on one line (a note becomes a /* */ comment).
    const inline = (note?: string) => (note && note.trim() ? ` /* ${note.replace(/\s+/g, ' ').replace(/\*\//g, '* /').trim()} */` : '');
    const pad = text[close.offset - 1] === ' ' ? '' : ' ';
    return { range: range(close.offset), newText: `${pad}${lines.map(l => ` ${keyword} ${l.body}${inline(l.note)}`).join(' ').trimStart()} ` };
}

function lineEnd(text: string, offset: number): number {
    const nl = text.indexOf('\n', offset);
    if (nl < 0) return text.length;
    return text[nl - 1] === '\r' ? nl - 1 : nl;
}

