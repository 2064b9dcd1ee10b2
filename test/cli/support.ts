/** Shared by the report and export tests: a fresh build, the theories to run on, and parsed outputs. */
import fs from 'node:fs';
import path from 'node:path';
import type { DefaultTreeAdapterMap } from 'parse5';
import type { TheoryJson } from '../../packages/language/src/model/model-json.js';
import { missingOutput } from '../../scripts/build-inputs.mjs';
import { ROOT, runToc } from '../support/run-toc.js';

export { ROOT, runToc };

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/**
 * The command line's bin runs its bundle: the global setup (test/support/build-once.ts) built it from the
 * current sources before any test. A missing output fails here, it is never skipped.
 */
export function ensureBuilt(): void {
    const missing = missingOutput();
    if (missing) throw new Error(`${missing} is missing although the global setup builds it: is test/support/build-once.ts in vitest.config.ts?`);
}

/** Every example, plus the English fixture that carries the awkward cases (escapes, two goals, no goal). */
export function theories(): string[] {
    const found: string[] = [];
    const visit = (dir: string) => {
        for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
            if (entry.isDirectory()) visit(`${dir}/${entry.name}`);
            else if (entry.name.endsWith('.toc')) found.push(`${dir}/${entry.name}`);
        }
    };
    visit('examples');
    return [...found, 'test/cli/fixtures/youth-work.toc'];
}

const models = new Map<string, TheoryJson>();

/** The model of a file, from `toc export json`: what the reports must show. */
export function theoryJson(file: string): TheoryJson {
    const known = models.get(file);
    if (known) return known;
    const r = runToc(['export', 'json', file]);
    if (r.code > 1) throw new Error(r.stderr);
    const model = JSON.parse(r.stdout) as TheoryJson;
    models.set(file, model);
    return model;
}

export function localActions(t: TheoryJson) {
    return t.elements.filter(e => e.kind === 'action' && !e.external);
}

export function indicatorTitle(i: { description?: string; name?: string; id: string }): string {
    return i.description ?? i.name ?? i.id;
}

export function latestText(i: TheoryJson['elements'][number]['results'][number]['indicators'][number], lang: TheoryJson['lang'] = 'en'): string | undefined {
    const m = i.measurements[i.measurements.length - 1];
    if (!m) return undefined;
    // Dutch writes a decimal comma.
    const n = Number.isInteger(m.value) ? String(m.value) : String(Math.round(m.value * 100) / 100);
    const v = lang === 'nl' ? n.replace('.', ',') : n;
    return `${v}${m.percent ? '%' : m.unit ? ` ${m.unit}` : ''}`;
}

/** Contributions as the diagram draws them: one per pair, no self loops, both ends known. */
export function drawnEdges(t: TheoryJson): Array<{ from: string; to: string }> {
    const ids = new Set(t.elements.map(e => e.id));
    const seen = new Map<string, { from: string; to: string }>();
    for (const c of t.contributions) {
        if (c.from === c.to || !ids.has(c.from) || !ids.has(c.to)) continue;
        seen.set(`${c.from}\u0000${c.to}`, { from: c.from, to: c.to });
    }
    return [...seen.values()];
}

export function walk(node: Node, visit: (el: Element) => void): void {
    if ('tagName' in node) visit(node as Element);
    const children = (node as { childNodes?: Node[] }).childNodes ?? [];
    for (const c of children) walk(c, visit);
    const content = (node as { content?: Node }).content;
    if (content) walk(content, visit);
}

export function attr(el: Element, name: string): string | undefined {
    return el.attrs.find(a => a.name === name)?.value;
}

export function textOf(node: Node): string {
    if (node.nodeName === '#text') return (node as { value: string }).value;
    return ((node as { childNodes?: Node[] }).childNodes ?? []).map(textOf).join(' ');
}

export function flat(text: string): string {
    return text.replace(/\s+/g, ' ').trim();
}

export function tmpDir(prefix: string): string {
    const dir = path.join(ROOT, 'test-results', 'cli', `${prefix}-${process.pid}-${Date.now()}`);
    fs.mkdirSync(dir, { recursive: true });
    return dir;
}
