/**
 * Every editor feature, over a real LSP connection to the built server (stdio), on the seed example.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatTextSync } from '../../packages/language/src/lsp/format-text.js';
import { applyEdits, fileUri, LspClient, positionOf, REPO_ROOT, type Diagnostic, type TextEdit } from './lsp-client.js';

const EXAMPLE = path.join(REPO_ROOT, 'examples/zorgzame-buurt.toc');
const TEXT = fs.readFileSync(EXAMPLE, 'utf8');
const URI = fileUri(EXAMPLE);

let client: LspClient;
let diagnostics: Diagnostic[];
let work: string;

beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'toc-lsp-'));
    client = await LspClient.start({ rootUri: fileUri(path.join(REPO_ROOT, 'examples')) });
    diagnostics = await client.openAndWait(URI, TEXT);
});

afterAll(async () => {
    await client?.stop();
    fs.rmSync(work, { recursive: true, force: true });
});

/** Opens a scratch document next to the others (its own folder, so imports resolve) and waits for its diagnostics. */
async function scratch(name: string, text: string): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
    const file = path.join(work, name);
    fs.writeFileSync(file, text);
    const uri = fileUri(file);
    return { uri, diagnostics: await client.openAndWait(uri, text) };
}

const at = (needle: string, delta = 1, nth = 0) => positionOf(TEXT, needle, delta, nth);
/** The hover's Markdown at a place in the example. */
const hoverText = async (needle: string, delta = 1, nth = 0) => (await client.hover(URI, at(needle, delta, nth)))!.contents.value;
const doc = (uri = URI) => ({ textDocument: { uri } });

describe('diagnostics', () => {
    it('arrive for the example with rule ids as codes and no syntax errors', () => {
        const codes = diagnostics.map(d => d.code);
        expect(codes).toContain('action-without-result');
        expect(codes).not.toContain('syntax-error');
    });
});

describe('completion', () => {
    it('offers only Dutch keywords in a Dutch document, with snippets for whole elements', async () => {
        const { uri } = await scratch('complete-top.toc', TEXT + '\n\n');
        const lines = (TEXT + '\n\n').split('\n').length - 1;
        const items = await client.completion(uri, { line: lines, character: 0 });
        const labels = items.map(i => i.label);
        expect(labels).toEqual(expect.arrayContaining(['actie', 'doel', 'tussendoel', 'uitdaging']));
        expect(labels).not.toContain('action');
        expect(labels).not.toContain('goal');
        const snippet = items.find(i => i.label === 'actie' && i.insertTextFormat === 2);
        const body = snippet?.textEdit?.newText ?? snippet?.insertText ?? '';
        expect(body).toMatch(/^actie \$\{1:Naam\} \$\{2\|KT,MLT,LT\|\} -> /);
        expect(body).toContain('resultaat');
        expect(body).toContain('norm >=');
        expect(body).toContain('indicator');
        // The arrow's placeholder offers the subgoals and goals of the file.
        expect(body).toContain('ElkaarKennen');
        const goal = items.find(i => i.label === 'doel' && i.insertTextFormat === 2);
        expect(goal?.textEdit?.newText ?? goal?.insertText).toContain('tussendoel');
    });

    it('after -> offers only what an action may contribute to, with kind and description', async () => {
        const text = TEXT + '\nactie Nieuw KT -> ';
        const { uri } = await scratch('complete-arrow.toc', text);
        const lines = text.split('\n');
        const items = await client.completion(uri, { line: lines.length - 1, character: lines[lines.length - 1]!.length });
        const labels = items.map(i => i.label).sort();
        expect(labels).toEqual(['Aanspreekpunt', 'ElkaarKennen', 'Rechten', 'RustigePlek', 'SocialeContacten', 'WegNaarRechten']);
        const elkaar = items.find(i => i.label === 'ElkaarKennen')!;
        expect(elkaar.detail).toBe('tussendoel');
        expect(JSON.stringify(elkaar.documentation)).toContain('Jonge gezinnen kennen elkaar');
        expect(items.find(i => i.label === 'Rechten')!.detail).toBe('doel');
    });

    it('after a goal\'s -> offers only challenges', async () => {
        const text = TEXT + '\ndoel Nieuw -> ';
        const { uri } = await scratch('complete-goal-arrow.toc', text);
        const lines = text.split('\n');
        const items = await client.completion(uri, { line: lines.length - 1, character: lines[lines.length - 1]!.length });
        expect(items.map(i => i.label)).toEqual(['Isolement']);
        expect(items[0]!.detail).toBe('uitdaging');
    });

    it('offers the horizons of the document\'s language after an action\'s name', async () => {
        const text = TEXT + '\nactie Nieuw ';
        const { uri } = await scratch('complete-horizon.toc', text);
        const lines = text.split('\n');
        const items = await client.completion(uri, { line: lines.length - 1, character: lines[lines.length - 1]!.length });
        const labels = items.map(i => i.label);
        expect(labels).toEqual(expect.arrayContaining(['KT', 'MLT', 'LT']));
        expect(labels).not.toContain('ST');
        expect(labels).not.toContain('MT');
        expect(items.find(i => i.label === 'KT')!.detail).toBe('korte termijn');
    });

    it('offers English keywords in an English document', async () => {
        const text = 'challenge Loneliness "People feel alone."\n\ngoal Contact -> Loneliness "More contact." {\n    \n}\n';
        const { uri } = await scratch('complete-en.toc', text);
        const items = await client.completion(uri, { line: 3, character: 4 });
        const labels = items.map(i => i.label);
        expect(labels).toEqual(expect.arrayContaining(['subgoal', 'action', 'result', 'owner', 'priority']));
        expect(labels).not.toContain('tussendoel');
        expect(labels).not.toContain('trekker');
        expect(labels).not.toContain('challenge'); // not valid inside a goal
    });
});

describe('hover', () => {
    it('on an action: kind, description, owner, horizon, what it contributes to', async () => {
        const text = await hoverText('actie Spelnamiddag', 7);
        expect(text).toContain('**actie** `Spelnamiddag`');
        expect(text).toContain('iedere maand een spelnamiddag');
        expect(text).toContain('Buurtwerker');
        expect(text).toContain('KT (korte termijn)');
        expect(text).toContain('tussendoel `ElkaarKennen`');
    });

    it('on a subgoal (also through a reference): what contributes to it, counted', async () => {
        const onName = await hoverText('tussendoel ElkaarKennen', 12);
        expect(onName).toContain('3 acties');
        expect(onName).toContain('doel `SocialeContacten`');
        const onRef = await hoverText('-> ElkaarKennen', 4);
        expect(onRef).toBe(onName);
    });

    it('on a horizon: what it means', async () => {
        const text = await hoverText('Professional MLT', 14);
        expect(text).toBe('**MLT**: middellange termijn');
    });

    it('on a norm: what a norm is, the latest measurement, met or not, the deadline', async () => {
        const text = await hoverText('norm >= 30%', 9);
        expect(text).toContain('**Norm** `≥ 30%`');
        expect(text).toContain('Het getal waarbij een resultaat bereikt is');
        expect(text).toContain('resultaat `Aanwezigheid`');
        expect(text).toContain('**Stand:** gehaald — laatste meting 34% (2026-09)');
        expect(text).toContain('**Deadline:** geen');
        const withDeadline = await hoverText('norm >= 80% tegen 2027-06', 2);
        expect(withDeadline).toContain('**Deadline:** 2027-06');
        expect(withDeadline).toContain('nog niet gemeten');
    });

    it('on a measurement: its place in the series, and for the latest what it means for the norm', async () => {
        const first = await hoverText('meting 2026-03 24%', 2);
        expect(first).toContain('**Meting** 24% (2026-03)');
        expect(first).toContain('meting 1 van 2 van indicator `Aftekenlijst`');
        const latest = await hoverText('meting 2026-09 34%', 2);
        expect(latest).toContain('de laatste van 2 metingen van indicator `Aftekenlijst`');
        expect(latest).toContain('**Vorige:** 24% (2026-03)');
        expect(latest).toContain('gehaald');
    });

    it('on a keyword: what the element is in the method, with an example', async () => {
        const text = await hoverText('actie Spelnamiddag', 2);
        expect(text).toContain('**actie** `Spelnamiddag`');
        expect(text).toContain('_Wat de organisatie doet, met een termijn, om een tussendoel of doel te bereiken._');
        expect(text).toMatch(/Voorbeeld: `actie \w+ KT -> /);
        // Not on the name: there the element itself is the subject.
        expect(await hoverText('actie Spelnamiddag', 8)).not.toContain('Voorbeeld');
    });

    it('on a result: norm and status with the latest measurement', async () => {
        const text = await hoverText('resultaat Aanwezigheid', 11);
        expect(text).toContain('≥ 30%');
        expect(text).toContain('gehaald');
        expect(text).toContain('34% (2026-09)');
    });

    it('on a result and on its indicator: the trend as an SVG image (data: URI) with both measurements and the norm', async () => {
        for (const needle of ['resultaat Aanwezigheid', 'indicator Aftekenlijst']) {
            const text = await hoverText(needle, needle.indexOf(' ') + 2);
            const m = /!\[Metingen van Aftekenlijst in de tijd[^\]]*\]\(data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+)\)/.exec(text);
            expect(m, `${needle}: ${text}`).not.toBeNull();
            const svg = Buffer.from(m![1]!, 'base64').toString('utf8');
            expect(svg.match(/<circle /g), needle).toHaveLength(2);
            expect(svg).toContain('>norm ≥ 30%</text>');
        }
    });
});

describe('navigation', () => {
    it('goes from a reference to its definition', async () => {
        const links = await client.definition(URI, at('-> RustigePlek', 4));
        expect(links).toHaveLength(1);
        expect(links![0]!.targetUri).toBe(URI);
        expect(links![0]!.targetSelectionRange.start).toEqual(at('tussendoel RustigePlek', 11));
    });

    it('goes across an import, and from an import path to the file', async () => {
        await scratch('basis.toc', 'uitdaging Armoede "Gezinnen leven in armoede."\n');
        const text = 'import "basis.toc"\n\ndoel Inkomen -> Armoede "Meer inkomen."\n';
        const { uri, diagnostics: d } = await scratch('plan.toc', text);
        expect(d.filter(x => x.code === 'unresolved-reference')).toEqual([]);
        const toName = await client.definition(uri, positionOf(text, '-> Armoede', 4));
        expect(toName![0]!.targetUri).toBe(fileUri(path.join(work, 'basis.toc')));
        const toFile = await client.definition(uri, positionOf(text, 'basis.toc', 2));
        expect(toFile![0]!.targetUri).toBe(fileUri(path.join(work, 'basis.toc')));
    });

    it('finds every reference and highlights them', async () => {
        const refs = await client.references(URI, at('tussendoel ElkaarKennen', 12));
        expect(refs).toHaveLength(4); // the name and three arrows
        const highlights = await client.request<unknown[]>('textDocument/documentHighlight', { ...doc(), position: at('-> ElkaarKennen', 4) });
        expect(highlights).toHaveLength(4);
    });

    it('gives a nested outline with kinds', async () => {
        type Sym = { name: string; kind: number; detail?: string; children?: Sym[] };
        const symbols = await client.request<Sym[]>('textDocument/documentSymbol', doc());
        const goal = symbols.find(s => s.name === 'SocialeContacten')!;
        expect(goal.detail).toBe('doel');
        expect(goal.children!.map(c => c.name)).toEqual(['ElkaarKennen', 'RustigePlek']);
        const spel = symbols.find(s => s.name === 'Spelnamiddag')!;
        expect(spel.kind).toBe(12); // Function
        expect(spel.children!.map(c => c.name)).toEqual(['Aanwezigheid', 'MondTotMond']);
        expect(spel.children![0]!.children!.map(c => c.name)).toEqual(['Aftekenlijst']);
        expect(goal.kind).not.toBe(spel.kind);
    });

    it('finds workspace symbols with their kinds', async () => {
        const symbols = await client.request<Array<{ name: string; kind: number }>>('workspace/symbol', { query: 'Spelnamid' });
        const spel = symbols.find(s => s.name === 'Spelnamiddag');
        expect(spel?.kind).toBe(12);
        const challenge = (await client.request<Array<{ name: string; kind: number }>>('workspace/symbol', { query: 'Isolement' })).find(s => s.name === 'Isolement');
        expect(challenge?.kind).toBe(24); // Event
    });
});

describe('rename', () => {
    it('renames an element and every reference', async () => {
        const prepared = await client.request<{ start: unknown } | null>('textDocument/prepareRename', { ...doc(), position: at('-> ElkaarKennen', 4) });
        expect(prepared).not.toBeNull();
        const edit = await client.request<{ changes: Record<string, TextEdit[]> }>('textDocument/rename', { ...doc(), position: at('tussendoel ElkaarKennen', 12), newName: 'ElkaarLerenKennen' });
        const edits = edit.changes[URI];
        expect(edits).toHaveLength(4);
        const after = applyEdits(TEXT, edits!);
        expect(after).not.toContain('ElkaarKennen');
        expect(after.match(/ElkaarLerenKennen/g)).toHaveLength(4);
    });

    it('refuses, with the reason in Dutch, a name that is not a name, a keyword or a taken name', async () => {
        const tryRename = (newName: string) => client.request('textDocument/rename', { ...doc(), position: at('tussendoel ElkaarKennen', 12), newName })
            .then(() => 'accepted', (e: Error) => e.message);
        expect(await tryRename('Elkaar kennen')).toMatch(/kan geen naam zijn/);
        expect(await tryRename('actie')).toMatch(/sleutelwoord/);
        expect(await tryRename('Rechten')).toMatch(/wordt al gebruikt/);
        const onKeyword = await client.request('textDocument/prepareRename', { ...doc(), position: at('norm >= 30%', 1) }).then(() => 'accepted', (e: Error) => e.message);
        expect(onKeyword).toMatch(/Alleen de naam/);
    });

    it('on an element\'s keyword renames the element (the name is what changes)', async () => {
        const range = await client.request<{ start: unknown }>('textDocument/prepareRename', { ...doc(), position: at('uitdaging Isolement', 2) });
        expect(range.start).toEqual(at('uitdaging Isolement', 10));
        const edit = await client.request<{ changes: Record<string, TextEdit[]> }>('textDocument/rename', { ...doc(), position: at('uitdaging Isolement', 2), newName: 'Eenzaamheid' });
        const after = applyEdits(TEXT, edit.changes[URI]!);
        expect(after).toContain('uitdaging Eenzaamheid "');
        expect(after).toContain('doel Rechten -> Eenzaamheid "');
        expect(after).not.toContain('Isolement');
    });
});

describe('formatting', () => {
    it('formats a messy document into the canonical layout, only changing white space', async () => {
        const messy = TEXT.replace(/\n    /g, '\n  ').replace(/ -> /g, '->').replace(/\n\n/g, '\n');
        const { uri } = await scratch('messy.toc', messy);
        const edits = await client.formatting(uri);
        const formatted = applyEdits(messy, edits!);
        expect(formatted).toBe(formatTextSync(messy));
        expect(formatted.replace(/\s+/g, '')).toBe(messy.replace(/\s+/g, ''));
        expect(formatted).toContain('actie Spelnamiddag KT -> ElkaarKennen "');
        expect(formatted).toContain('\n    trekker "Buurtwerker"\n');
    });

    it('formats a selection only', async () => {
        const messy = 'uitdaging   A  "a"\n\n\ndoel B->A "b"{\ntussendoel C "c"\n}\n';
        const { uri } = await scratch('range.toc', messy);
        const edits = await client.request<TextEdit[]>('textDocument/rangeFormatting', { textDocument: { uri }, range: { start: { line: 3, character: 0 }, end: { line: 5, character: 1 } }, options: { tabSize: 4, insertSpaces: true } });
        const formatted = applyEdits(messy, edits);
        expect(formatted).toContain('uitdaging   A  "a"'); // outside the selection: untouched
        expect(formatted).toContain('doel B -> A "b" {\n    tussendoel C "c"\n}');
    });
});

describe('quick fixes', () => {
    it('adds a result skeleton to an action without result, and the result parses', async () => {
        const d = diagnostics.find(x => x.code === 'action-without-result' && x.range.start.line === at('actie HuisVanHetKind').line)!;
        expect(d).toBeDefined();
        const actions = await client.codeActions(URI, d.range, [d]);
        const fix = actions!.find(a => a.title.startsWith('Voeg een resultaat toe'))!;
        const fixed = applyEdits(TEXT, fix.edit!.changes![URI]!);
        const { diagnostics: after } = await scratch('fixed-result.toc', fixed);
        expect(after.filter(x => x.code === 'syntax-error')).toEqual([]);
        expect(after.filter(x => x.code === 'action-without-result' && x.range.start.line === d.range.start.line)).toEqual([]);
    });

    it('adds a horizon, one choice per Dutch horizon', async () => {
        const text = TEXT.replace('actie Professional MLT', 'actie Professional');
        const { uri, diagnostics: d } = await scratch('no-horizon.toc', text);
        const missing = d.find(x => x.code === 'action-without-horizon')!;
        const actions = await client.codeActions(uri, missing.range, [missing]);
        expect(actions!.map(a => a.title)).toEqual([
            'Voeg de termijn KT toe (korte termijn)', 'Voeg de termijn MLT toe (middellange termijn)', 'Voeg de termijn LT toe (lange termijn)',
        ]);
        expect(applyEdits(text, actions![1]!.edit!.changes![uri]!)).toBe(TEXT);
    });
});

describe('tokens, folding and hints', () => {
    it('semantic tokens tell kinds apart at definitions and references', async () => {
        const tokens = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', doc());
        const decoded: Array<{ line: number; char: number; length: number; type: number }> = [];
        let line = 0, char = 0;
        for (let i = 0; i < tokens.data.length; i += 5) {
            line += tokens.data[i]!;
            char = tokens.data[i] === 0 ? char + tokens.data[i + 1]! : tokens.data[i + 1]!;
            decoded.push({ line, char, length: tokens.data[i + 2]!, type: tokens.data[i + 3]! });
        }
        const typeAt = (p: { line: number; character: number }) => decoded.find(t => t.line === p.line && t.char === p.character)?.type;
        const action = typeAt(at('actie Spelnamiddag', 6));
        const subgoalDef = typeAt(at('tussendoel ElkaarKennen', 11));
        const subgoalRef = typeAt(at('-> ElkaarKennen', 3));
        const goalRef = typeAt(at('doel Rechten', 5));
        expect(action).toBeDefined();
        expect(subgoalDef).toBeDefined();
        expect(subgoalRef).toBe(subgoalDef);
        expect(new Set([action, subgoalDef, goalRef]).size).toBe(3);
    });

    it('folds blocks and block comments', async () => {
        const text = '/*\n Een plan\n voor de buurt\n*/\n' + TEXT;
        const { uri } = await scratch('folding.toc', text);
        const ranges = await client.request<Array<{ startLine: number; endLine: number; kind?: string }>>('textDocument/foldingRange', { textDocument: { uri } });
        expect(ranges.find(r => r.kind === 'comment' && r.startLine === 0)).toBeDefined();
        const spel = positionOf(text, 'actie Spelnamiddag').line;
        expect(ranges.find(r => r.startLine === spel)).toBeDefined();
    });

    it('inlay hints show how many actions carry a subgoal and a result\'s status', async () => {
        const hints = await client.request<Array<{ position: { line: number }; label: string }>>('textDocument/inlayHint', { ...doc(), range: { start: { line: 0, character: 0 }, end: { line: 200, character: 0 } } });
        const on = (needle: string) => hints.filter(h => h.position.line === at(needle).line).map(h => h.label);
        expect(on('tussendoel ElkaarKennen')).toEqual(['3 acties']);
        expect(on('doel Rechten')).toEqual(['0 acties']);
        expect(on('resultaat Aanwezigheid')).toEqual(['gehaald (34%)']);
        expect(on('resultaat MondTotMond')).toEqual(['niet gemeten']);
    });
});

describe('every example', () => {
    const files = fs.readdirSync(path.join(REPO_ROOT, 'examples'), { recursive: true }).map(String).filter(f => f.endsWith('.toc'));
    it.each(files)('%s: outline, hover, tokens and formatting answer over LSP', async name => {
        const file = path.join(REPO_ROOT, 'examples', name);
        const text = fs.readFileSync(file, 'utf8');
        const uri = fileUri(file);
        if (uri !== URI) await client.openAndWait(uri, text);
        const symbols = await client.request<Array<{ name: string; selectionRange: { start: { line: number; character: number } } }>>('textDocument/documentSymbol', doc(uri));
        expect(symbols.length).toBeGreaterThan(0);
        const hover = await client.hover(uri, symbols[0]!.selectionRange.start);
        expect(hover?.contents.value).toContain(`\`${symbols[0]!.name}\``);
        const tokens = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', doc(uri));
        expect(tokens.data.length).toBeGreaterThan(0);
        const edits = await client.formatting(uri);
        expect(applyEdits(text, edits ?? [])).toBe(formatTextSync(text));
    });
});

describe('the live model for the diagram', () => {
    it('is sent after each validation of an open document to a client that watches it, and answered on request', async () => {
        const text = 'uitdaging A "a"\n';
        const file = path.join(work, 'live.toc');
        fs.writeFileSync(file, text);
        const uri = fileUri(file);
        type Msg = { uri: string; version: number; model: { elements: Array<{ id: string }>; lang: string } };
        // Every test before this one opened and changed documents without asking for models.
        expect(client.received.filter(r => r.method === 'toc/model')).toEqual([]);
        const first = client.waitFor<Msg>('toc/model', m => m.uri === uri);
        client.notify('toc/watchModel', { watch: true });
        client.open(uri, text);
        const m1 = await first;
        expect(m1.version).toBe(1);
        expect(m1.model.elements.map(e => e.id)).toEqual(['A']);
        const second = client.waitFor<Msg>('toc/model', m => m.uri === uri && m.version === 2);
        void client.change(uri, text + 'doel B -> A "b"\n');
        const m2 = await second;
        expect(m2.model.elements.map(e => e.id)).toEqual(['A', 'B']);
        const asked = await client.request<Msg | null>('toc/model', { uri });
        expect(asked).toEqual(m2);
        expect(await client.request('toc/model', { uri: fileUri(path.join(work, 'nothing-here.toc')) })).toBeNull();
        client.notify('toc/watchModel', { watch: false });
    });

    it('is not sent to a client that shows no diagram (`toc/watchModel`), and is answered on request all the same', async () => {
        const text = 'uitdaging A "a"\n';
        const file = path.join(work, 'unwatched.toc');
        fs.writeFileSync(file, text);
        const uri = fileUri(file);
        type Msg = { uri: string; version: number; model: { elements: Array<{ id: string }> } };
        const sentFor = (version: number) => client.received.filter(r => r.method === 'toc/model' && (r.params as Msg).uri === uri && (r.params as Msg).version === version);
        try {
            // Not watched since the test above said `{ watch: false }`.
            await client.openAndWait(uri, text);
            await client.change(uri, text + 'doel B -> A "b"\n');
            // The diagnostics of version 2 have arrived, and the model would have been sent right after them.
            const asked = await client.request<Msg | null>('toc/model', { uri });
            expect(asked?.version).toBe(2);
            expect(asked?.model.elements.map(e => e.id)).toEqual(['A', 'B']);
            expect(sentFor(1)).toEqual([]);
            expect(sentFor(2)).toEqual([]);
        } finally {
            client.notify('toc/watchModel', { watch: true });
        }
        const third = client.waitFor<Msg>('toc/model', m => m.uri === uri && m.version === 3);
        void client.change(uri, text + 'doel C -> A "c"\n');
        expect((await third).model.elements.map(e => e.id)).toEqual(['A', 'C']);
        client.notify('toc/watchModel', { watch: false });
    });
});

describe('the live model under a stream of changes', () => {
    it('never sends a model whose arrows were resolved before the document was linked again', async () => {
        const base = 'uitdaging A "a"\n\ndoel B -> A "b"\n\nactie C KT -> B "c"\n';
        const file = path.join(work, 'stream.toc');
        fs.writeFileSync(file, base);
        const uri = fileUri(file);
        type Msg = { uri: string; version: number; model: { contributions: Array<{ from: string; to: string }> } };
        client.notify('toc/watchModel', { watch: true });
        try {
            await client.openAndWait(uri, base);
            // Keystrokes and file-watcher events (a save, a checkout) arriving while models are being sent.
            let version = 1;
            for (let i = 0; i < 40; i++) {
                void client.change(uri, `${base}// ${'x'.repeat(i)}\n`);
                version++;
                if (i % 3 === 0) client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 2 }] });
                await new Promise(r => setTimeout(r, i % 5));
            }
            const last = await client.waitFor<Msg>('toc/model', m => m.uri === uri && m.version === version);
            expect(last.model.contributions).toHaveLength(2);
            const models = client.received.filter(r => r.method === 'toc/model' && (r.params as Msg).uri === uri).map(r => r.params as Msg);
            expect(models.length).toBeGreaterThan(0);
            for (const m of models) expect(m.model.contributions.map(c => `${c.from}->${c.to}`), `version ${m.version}`).toEqual(['B->A', 'C->B']);
        } finally {
            client.notify('toc/watchModel', { watch: false });
        }
    });
});

describe('settings', () => {
    it('toc.rules from the editor changes severities and revalidates', async () => {
        const text = 'uitdaging A "a"\n\ndoel B -> A "b"\n\nactie C KT -> B "c"\n';
        const { uri, diagnostics: before } = await scratch('settings.toc', text);
        expect(before.map(d => d.code)).toContain('action-without-result');
        const next = client.waitForDiagnostics(uri, d => !d.some(x => x.code === 'action-without-result'));
        client.changeSettings({ toc: { rules: { 'action-without-result': 'off' } } });
        await next;
        const back = client.waitForDiagnostics(uri, d => d.some(x => x.code === 'action-without-result'));
        client.changeSettings({ toc: { rules: {} } });
        await back;
    });

    it('a changed toc.config.json revalidates every document', async () => {
        const folder = path.join(work, 'team');
        fs.mkdirSync(folder);
        const file = path.join(folder, 'team.toc');
        const text = 'uitdaging A "a"\n\ndoel B -> A "b"\n\nactie C -> B "c" {\n    resultaat "r" {\n        norm >= 5%\n        indicator "i"\n    }\n}\n';
        fs.writeFileSync(file, text);
        const uri = fileUri(file);
        const before = await client.openAndWait(uri, text);
        expect(before.find(d => d.code === 'action-without-horizon')?.severity).toBe(2);
        const config = path.join(folder, 'toc.config.json');
        fs.writeFileSync(config, JSON.stringify({ rules: { 'action-without-horizon': 'error' } }));
        const next = client.waitForDiagnostics(uri, d => d.find(x => x.code === 'action-without-horizon')?.severity === 1);
        client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(config), type: 1 }] });
        await next;
    });
});
