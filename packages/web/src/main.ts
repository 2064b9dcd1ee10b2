/**
 * The standalone page: CodeMirror editors (one per file) talking LSP to the language server in a Web
 * Worker, the problems list, and the preview's diagram in a frame beside them. Nothing leaves the
 * browser: files are answered from the page, the share link keeps the theory in the URL fragment.
 *
 * DOM contract for tests and tools (docs/web.md): the diagram frame `iframe[data-toc-diagram]` holds
 * the preview's SVG (data-toc-id, data-toc-kind, data-toc-edge); `[data-toc-diagnostics]` holds one
 * child per diagnostic with data-toc-rule and data-toc-severity; `window.tocPlayground`.
 */
import { findReferencesKeymap, formatKeymap, hoverTooltips, jumpToDefinitionKeymap, LSPClient, renameKeymap, serverCompletion, signatureHelp } from '@codemirror/lsp-client';
import { lintGutter } from '@codemirror/lint';
import { indentWithTab } from '@codemirror/commands';
import { keymap } from '@codemirror/view';
import { basicSetup, EditorView } from 'codemirror';
import type { RangeJson, TheoryJson } from 'toc-language/model';
import type { FileDiagnostic } from 'toc-language/node';
import { buildPlan } from 'toc-cli/out/report/plan.js';
import { planToHtml } from 'toc-cli/out/report/html.js';
import examples from 'virtual:examples';
import { dataUrlToBlob, download, saveText } from './download.js';
import { cleanName, loadSaved, nameOf, sameFiles, save, uriOf, type FileSet } from './files.js';
import { tocLanguage } from './highlight.js';
import { browserLang, EXAMPLE_TITLES, MESSAGES, type UiLang, type WebMessages } from './messages.js';
import { kindColours, refreshKindColours } from './kind-colours.js';
import { serverDiagnosticsWithFixes } from './quick-fixes.js';
import { WorkerServer } from './server.js';
import { MAIL_SAFE_LENGTH, readShareLink, shareLink } from './share.js';

interface Diagnostic {
    range: RangeJson;
    severity?: number;
    code?: string | number;
    message: string;
}

const LANG_KEY = 'toc-playground:lang';
const SEVERITIES = ['error', 'warning', 'info', 'hint'] as const;
type Severity = typeof SEVERITIES[number];

// ---- state ----
let lang: UiLang = storedLang() ?? browserLang(navigator.languages ?? [navigator.language]);
let msg: WebMessages = MESSAGES[lang];
const files = new Map<string, string>();
const views = new Map<string, EditorView>();
const diagnostics = new Map<string, Diagnostic[]>();
const models = new Map<string, TheoryJson>();
let active = '';
let checked = false;
let previewReady = false;
let sentModel: TheoryJson | undefined;
const exportWaiters: Array<{ format: 'svg' | 'png'; resolve(data: string): void }> = [];

function storedLang(): UiLang | undefined {
    try {
        const v = localStorage.getItem(LANG_KEY);
        return v === 'nl' || v === 'en' ? v : undefined;
    } catch {
        return undefined;
    }
}

// ---- the page ----
const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const exampleMenu = $<HTMLSelectElement>('#toc-examples');
const langMenu = $<HTMLSelectElement>('#toc-lang');
const tabs = $('#toc-tabs');
const editors = $('#toc-editors');
const problems = $('#toc-problems');
const problemList = $('[data-toc-diagnostics]');
const notice = $('#toc-notice');
const frame = $<HTMLIFrameElement>('iframe[data-toc-diagram]');
const fileInput = $<HTMLInputElement>('#toc-file-input');

const server = new WorkerServer({
    readFile: uri => {
        const name = nameOf(uri);
        return name === undefined ? undefined : files.get(name);
    },
    onNotification: (method, params) => {
        if (method === 'textDocument/publishDiagnostics') {
            const p = params as { uri: string; diagnostics: Diagnostic[] };
            diagnostics.set(p.uri, p.diagnostics);
            checked = true;
            showProblems();
            // Checked again: the names' kinds may have changed too.
            const name = nameOf(p.uri);
            const view = name === undefined ? undefined : views.get(name);
            if (view) void refreshKindColours(client, view);
        } else if (method === 'toc/model') {
            const p = params as { uri: string; model: TheoryJson };
            models.set(p.uri, p.model);
            if (nameOf(p.uri) === active) sendModel(p.model);
        }
    },
});
// The client's default of 3 s per request is too short for a worker that is still parsing its code on a
// slow laptop: a timed-out `initialize` would leave the page without checks for good.
// The client's own set (languageServerExtensions) with problems that carry the server's quick fixes.
const client = new LSPClient({ rootUri: 'file:///', timeout: 60_000, extensions: [
    serverCompletion(), hoverTooltips(), signatureHelp(), serverDiagnosticsWithFixes(),
    keymap.of([...formatKeymap, ...renameKeymap, ...jumpToDefinitionKeymap, ...findReferencesKeymap]),
] }).connect(server);
// Only a client that shows a diagram asks for the model after every check.
server.notify('toc/watchModel', { watch: true });

function editorFor(name: string): EditorView {
    let view = views.get(name);
    if (view) return view;
    const isToc = name.toLowerCase().endsWith('.toc');
    // One box per file, shown or hidden: CodeMirror's own style forces the editor's display.
    const box = document.createElement('div');
    box.className = 'toc-editor';
    box.hidden = true;
    editors.append(box);
    view = new EditorView({
        doc: files.get(name) ?? '',
        parent: box,
        extensions: [
            basicSetup,
            keymap.of([indentWithTab]),
            lintGutter(),
            EditorView.lineWrapping,
            EditorView.contentAttributes.of({ 'aria-label': `${msg.editor}: ${name}` }),
            ...(isToc ? [tocLanguage(), kindColours(), client.plugin(uriOf(name), 'toc')] : []),
            EditorView.updateListener.of(update => {
                if (!update.docChanged) return;
                files.set(name, update.state.doc.toString());
                if (!isToc) server.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(name), type: 2 }] });
                scheduleAutosave();
            }),
        ],
    });
    view.dom.dataset.tocFile = name;
    views.set(name, view);
    return view;
}

function dropView(name: string): void {
    const view = views.get(name);
    if (!view) return;
    view.dom.parentElement?.remove();
    view.destroy();
    views.delete(name);
}

function fileSet(): FileSet {
    return { files: Object.fromEntries(files), active };
}

let autosave: ReturnType<typeof setTimeout> | undefined;
function scheduleAutosave(): void {
    clearTimeout(autosave);
    autosave = setTimeout(() => save(fileSet()), 300);
}

/** Replaces every file; the work it replaces is kept as the previous work (examples menu). */
function openSet(set: FileSet, keepPrevious: boolean): void {
    if (keepPrevious && files.size > 0 && !sameFiles(fileSet(), set)) save(fileSet(), 'previous');
    for (const name of [...views.keys()]) {
        dropView(name);
        if (name.toLowerCase().endsWith('.toc')) diagnostics.delete(uriOf(name));
    }
    files.clear();
    models.clear();
    for (const [name, text] of Object.entries(set.files)) files.set(name, text);
    // Files that are not open in an editor (toc.config.json) changed too.
    server.notify('workspace/didChangeWatchedFiles', { changes: [...files.keys()].filter(n => !n.endsWith('.toc')).map(n => ({ uri: uriOf(n), type: 2 })) });
    for (const name of files.keys()) editorFor(name);
    activate(set.active in set.files ? set.active : [...files.keys()][0] ?? set.active);
    save(fileSet());
    fillExamples();
    showProblems();
}

function activate(name: string): void {
    active = name;
    for (const [n, view] of views) view.dom.parentElement!.hidden = n !== name;
    renderTabs();
    const model = models.get(uriOf(name));
    if (model) sendModel(model);
    else if (name.endsWith('.toc')) {
        void client.request<{ uri: string }, { model: TheoryJson } | null>('toc/model', { uri: uriOf(name) }).then(answer => {
            if (answer && active === name) sendModel(answer.model);
        }, () => undefined);
    }
    save(fileSet());
}

function addFile(name: string, text: string): void {
    files.set(name, text);
    editorFor(name);
    if (!name.endsWith('.toc')) server.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(name), type: 1 }] });
    activate(name);
}

function closeFile(name: string): void {
    if (files.size <= 1) return;
    dropView(name);
    files.delete(name);
    diagnostics.delete(uriOf(name));
    models.delete(uriOf(name));
    if (!name.endsWith('.toc')) server.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(name), type: 3 }] });
    if (active === name) activate([...files.keys()][0]!); // one file at least is left: see the size check above
    else renderTabs();
    showProblems();
    save(fileSet());
}

function renderTabs(): void {
    tabs.replaceChildren();
    for (const name of files.keys()) {
        const tab = document.createElement('span');
        tab.className = 'toc-tab';
        tab.setAttribute('role', 'tab');
        tab.setAttribute('aria-selected', String(name === active));
        const open = document.createElement('button');
        open.type = 'button';
        open.textContent = name;
        open.addEventListener('click', () => activate(name));
        tab.append(open);
        if (files.size > 1) {
            const close = document.createElement('button');
            close.type = 'button';
            close.className = 'toc-close';
            close.textContent = '×';
            close.title = msg.closeFile(name);
            close.setAttribute('aria-label', msg.closeFile(name));
            close.addEventListener('click', () => closeFile(name));
            tab.append(close);
        }
        tabs.append(tab);
    }
}

// ---- problems ----
function severityOf(d: Diagnostic): Severity {
    return SEVERITIES[(d.severity ?? 1) - 1] ?? 'error';
}

function showProblems(): void {
    const items: HTMLElement[] = [];
    const several = files.size > 1;
    for (const [uri, list] of diagnostics) {
        const name = nameOf(uri);
        if (name === undefined || !files.has(name)) continue;
        for (const d of [...list].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)) {
            const li = document.createElement('li');
            const severity = severityOf(d);
            li.dataset.tocRule = String(d.code ?? 'syntax-error');
            li.dataset.tocSeverity = severity;
            li.dataset.tocFile = name;
            li.tabIndex = 0;
            const where = document.createElement('span');
            where.className = 'toc-where';
            where.textContent = `${several ? `${name} ` : ''}${d.range.start.line + 1}:${d.range.start.character + 1}`;
            const sev = document.createElement('span');
            sev.className = `toc-severity toc-${severity}`;
            sev.textContent = msg.severity[severity];
            const text = document.createElement('span');
            text.className = 'toc-message';
            text.textContent = d.message;
            li.append(sev, where, text);
            const go = () => reveal(name, d.range);
            li.addEventListener('click', go);
            li.addEventListener('keydown', e => {
                if (e.key === 'Enter') go();
            });
            items.push(li);
        }
    }
    problemList.replaceChildren(...items);
    const counts = SEVERITIES.map(s => items.filter(i => i.dataset.tocSeverity === s).length);
    $('#toc-problems-title').textContent = `${msg.problems} (${counts.reduce((a, b) => a + b, 0)})`;
    problems.dataset.empty = String(items.length === 0);
    const none = $('#toc-no-problems');
    none.hidden = items.length > 0;
    none.textContent = checked ? msg.noProblems : msg.starting;
}

function reveal(name: string, range: RangeJson): void {
    if (active !== name) activate(name);
    const view = views.get(name);
    if (!view) return;
    const doc = view.state.doc;
    const at = (p: { line: number; character: number }) => Math.min(doc.line(Math.min(p.line + 1, doc.lines)).from + p.character, doc.length);
    view.dispatch({ selection: { anchor: at(range.start), head: at(range.end) }, scrollIntoView: true });
    view.focus();
}

// ---- the diagram frame (packages/preview, its message protocol) ----
function sendModel(model: TheoryJson): void {
    sentModel = model;
    if (previewReady) frame.contentWindow?.postMessage({ type: 'model', model }, '*');
}

window.addEventListener('message', event => {
    if (event.source !== frame.contentWindow) return;
    const m = event.data as { type?: string; id?: string; range?: RangeJson; format?: 'svg' | 'png'; data?: string };
    if (m.type === 'ready') {
        previewReady = true;
        if (sentModel) sendModel(sentModel);
    } else if (m.type === 'reveal' && m.range) {
        reveal(active, m.range);
    } else if (m.type === 'exported' && typeof m.data === 'string') {
        const i = exportWaiters.findIndex(w => w.format === m.format);
        if (i >= 0) exportWaiters.splice(i, 1)[0]?.resolve(m.data);
    }
});

// Loaded only now that the page listens: a frame that said `ready` before would never be sent a model.
frame.src = 'preview.html';

function exportPicture(format: 'svg' | 'png'): Promise<string> {
    return new Promise(resolve => {
        exportWaiters.push({ format, resolve });
        frame.contentWindow?.postMessage({ type: 'export', format }, '*');
    });
}

function baseName(): string {
    return active.replace(/\.[^.]*$/, '') || 'theory';
}

async function exportFile(format: 'svg' | 'png'): Promise<void> {
    const data = await exportPicture(format);
    download(`${baseName()}.${format}`, format === 'svg' ? new Blob([data], { type: 'image/svg+xml' }) : dataUrlToBlob(data));
}

async function exportPlan(): Promise<void> {
    const model = models.get(uriOf(active));
    if (!model) return;
    const svg = await exportPicture('svg');
    const open: FileDiagnostic[] = (diagnostics.get(uriOf(active)) ?? []).map(d => ({
        file: active, line: d.range.start.line + 1, column: d.range.start.character + 1, endLine: d.range.end.line + 1,
        endColumn: d.range.end.character + 1, severity: severityOf(d), rule: String(d.code ?? 'syntax-error'), message: d.message,
    }));
    download(`${baseName()}-${model.lang === 'nl' ? 'actieplan' : 'action-plan'}.html`, new Blob([planToHtml(buildPlan(model, open), active, svg)], { type: 'text/html' }));
}

// ---- share, open, save ----
async function share(): Promise<void> {
    const link = await shareLink(location.href, fileSet());
    const box = $<HTMLTextAreaElement>('#toc-share-link');
    box.value = link;
    $('#toc-share').hidden = false;
    const tooLong = link.length > MAIL_SAFE_LENGTH;
    const warning = $('#toc-share-warning');
    warning.hidden = !tooLong;
    warning.textContent = tooLong ? msg.shareTooLong(link.length) : '';
    box.select();
    let copied = false;
    try {
        await navigator.clipboard.writeText(link);
        copied = true;
    } catch {
        // no clipboard on this page (opened from disk, or not allowed): the link is selected in the box
    }
    $('#toc-share-text').textContent = copied ? msg.shareCopied : msg.shareReady;
}

async function readPicked(list: Iterable<File>): Promise<void> {
    let first: string | undefined;
    for (const file of list) {
        const name = cleanName(file.name);
        if (!name || !/\.toc$|^toc\.config\.json$/i.test(name)) {
            say(msg.notAToc(file.name));
            continue;
        }
        const text = await file.text();
        if (views.has(name)) views.get(name)!.dispatch({ changes: { from: 0, to: views.get(name)!.state.doc.length, insert: text } });
        else {
            files.set(name, text);
            editorFor(name);
        }
        first ??= name;
    }
    if (first) activate(first);
}

interface OpenFilePicker {
    showOpenFilePicker?(options: { multiple: boolean; types: Array<{ description: string; accept: Record<string, string[]> }> }): Promise<Array<{ getFile(): Promise<File> }>>;
}

async function openFiles(): Promise<void> {
    const picker = (window as unknown as OpenFilePicker).showOpenFilePicker;
    if (!picker) {
        fileInput.click();
        return;
    }
    try {
        const handles = await picker.call(window, { multiple: true, types: [{ description: msg.title, accept: { 'text/plain': ['.toc'] } }] });
        await readPicked(await Promise.all(handles.map(h => h.getFile())));
    } catch (e) {
        if ((e as { name?: string }).name !== 'AbortError') fileInput.click();
    }
}

function say(text: string): void {
    notice.textContent = text;
    notice.hidden = !text;
}

// ---- words ----
function fillExamples(): void {
    const title = document.createElement('option');
    title.value = '';
    title.textContent = msg.examples;
    const options = [title];
    for (const e of examples) {
        const o = document.createElement('option');
        o.value = e.id;
        o.textContent = EXAMPLE_TITLES[e.id]?.[lang] ?? e.id;
        options.push(o);
    }
    if (loadSaved('previous')) {
        const o = document.createElement('option');
        o.value = 'previous';
        o.textContent = EXAMPLE_TITLES.previous[lang];
        options.push(o);
    }
    exampleMenu.replaceChildren(...options);
    exampleMenu.value = '';
}

function applyWords(): void {
    document.documentElement.lang = lang;
    document.title = msg.title;
    langMenu.value = lang;
    for (const el of document.querySelectorAll<HTMLElement>('[data-word]')) {
        const word = msg[el.dataset.word as keyof WebMessages];
        if (typeof word === 'string') el.textContent = word;
    }
    for (const el of document.querySelectorAll<HTMLElement>('[data-title-word]')) {
        const word = msg[el.dataset.titleWord as keyof WebMessages];
        if (typeof word === 'string') el.title = el.ariaLabel = word;
    }
    fillExamples();
    renderTabs();
    showProblems();
}

// ---- controls ----
exampleMenu.addEventListener('change', () => {
    const id = exampleMenu.value;
    const set = id === 'previous' ? loadSaved('previous') : examples.find(e => e.id === id);
    if (set) openSet({ files: set.files, active: 'active' in set ? set.active as string : Object.keys(set.files).find(f => !/netwerk|config/.test(f)) ?? Object.keys(set.files)[0] ?? '' }, id !== 'previous');
});
langMenu.addEventListener('change', () => {
    lang = langMenu.value === 'nl' ? 'nl' : 'en';
    msg = MESSAGES[lang];
    try {
        localStorage.setItem(LANG_KEY, lang);
    } catch {
        // not kept: the browser's language decides next time
    }
    applyWords();
});
$('#toc-new').addEventListener('click', () => {
    const asked = prompt(msg.newFileName, lang === 'nl' ? 'nieuw.toc' : 'new.toc');
    if (asked === null) return;
    const name = cleanName(/\.toc$|\.json$/i.test(asked.trim()) ? asked : `${asked.trim()}.toc`);
    if (!name) return say(msg.notAToc(asked));
    if (files.has(name)) return activate(name);
    addFile(name, '');
});
$('#toc-open').addEventListener('click', () => void openFiles());
fileInput.addEventListener('change', () => {
    if (fileInput.files) void readPicked([...fileInput.files]).then(() => (fileInput.value = ''));
});
$('#toc-save').addEventListener('click', () => void saveText(active, files.get(active) ?? '', msg.title));
$('#toc-share-button').addEventListener('click', () => void share());
$('#toc-share-close').addEventListener('click', () => ($('#toc-share').hidden = true));
$('#toc-export-svg').addEventListener('click', () => void exportFile('svg'));
$('#toc-export-png').addEventListener('click', () => void exportFile('png'));
$('#toc-plan').addEventListener('click', () => void exportPlan());
notice.addEventListener('click', () => say(''));

// ---- for tests and tools ----
interface Playground {
    setText(text: string): void;
    getText(): string;
    /** The open files and which one is shown. */
    files(): FileSet;
    open(set: FileSet): void;
    select(name: string): void;
}
(window as unknown as { tocPlayground: Playground }).tocPlayground = {
    setText(text) {
        const view = views.get(active);
        view?.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    getText: () => views.get(active)?.state.doc.toString() ?? '',
    files: fileSet,
    open: set => openSet(set, true),
    select: name => {
        if (files.has(name)) activate(name);
    },
};

// ---- start ----
async function start(): Promise<void> {
    applyWords();
    const linked = await readShareLink(location.hash);
    const saved = loadSaved();
    if (linked instanceof Error) {
        say(msg.badLink);
        openSet(saved ?? firstExample(), false);
    } else if (linked) {
        openSet(linked, false);
        if (saved && !sameFiles(saved, linked)) {
            save(saved, 'previous');
            fillExamples();
            say(msg.sharedOpened);
        }
        // From here on the autosave holds the work: a reload must not bring the link's text back over it.
        history.replaceState(null, '', location.href.replace(/#.*$/, ''));
    } else {
        openSet(saved ?? firstExample(), false);
    }
    views.get(active)?.focus();
    registerOfflineCache();
}

function firstExample(): FileSet {
    const e = examples.find(x => x.id === (lang === 'nl' ? 'zorgzame-buurt' : 'english')) ?? examples[0];
    return { files: e.files, active: Object.keys(e.files)[0] ?? '' }; // openSet opens the first file when `active` is none of them
}

/** Served over http(s): keep the page's files for offline use. From disk everything is already here. */
function registerOfflineCache(): void {
    if (!/^https?:$/.test(location.protocol) || !('serviceWorker' in navigator)) return;
    navigator.serviceWorker.register('sw.js').catch(() => undefined);
}

void start();
