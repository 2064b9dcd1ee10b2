/** Shared by the report and export tests: a fresh build, the theories to run on, and parsed outputs. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { DefaultTreeAdapterMap } from 'parse5';
import type { TheoryJson } from '../../packages/language/src/model/model-json.js';
import { ROOT, runToc } from '../support/run-toc.js';

export { ROOT, runToc };

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

function newestMtime(dir: string): number {
    let newest = 0;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, entry.name);
        if (entry.isDirectory()) newest = Math.max(newest, newestMtime(p));
        else if (entry.name.endsWith('.ts') || entry.name.endsWith('.langium')) newest = Math.max(newest, fs.statSync(p).mtimeMs);
    }
    return newest;
}

/** Builds (under the shared lock) when a source is newer than the command line's output. */
export function ensureBuilt(): void {
    // The bin runs the bundle; both it and the modules it is built from must be newer than the sources.
    const outputs = ['packages/cli/out/main.js', 'packages/cli/dist/toc.cjs'].map(f => path.join(ROOT, f));
    const built = Math.min(...outputs.map(f => (fs.existsSync(f) ? fs.statSync(f).mtimeMs : 0)));
    const sources = ['packages/cli/src', 'packages/diagram/src', 'packages/language/src/model', 'packages/language/src/lsp']
        .map(d => newestMtime(path.join(ROOT, d)));
    if (built >= Math.max(...sources)) return;
    const r = spawnSync('flock', ['/tmp/toc-build.lock', process.execPath, 'scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}\n${r.stderr}`);
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
