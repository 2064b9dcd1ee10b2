/**
 * The diagram webview. Receives TheoryJson, lays it out in a Web Worker, draws it with toc-diagram,
 * and reports clicks back. The last picture stays until a new one is ready; a newer model cancels a
 * stale layout; a model with syntax errors keeps the last good picture under a banner.
 */
import type { TheoryJson } from 'toc-language/model';
import {
    LayoutMemo, applyElkResult, prepareLayout, renderSvg, toDiagramGraph, type LayoutedDiagram,
} from 'toc-diagram/core';
import { exportPng, exportSvg } from './export.js';
import { Cancelled, WorkerLayoutRunner } from './layout-runner.js';
import { previewMessages, type PreviewMessages } from './messages.js';
import { createHost, type FromPreview, type PreviewOptions, type ToPreview } from './protocol.js';
import { Viewport } from './viewport.js';

interface State {
    model?: TheoryJson;
    /** Last model without syntax errors (the one drawn when the text is broken). */
    goodModel?: TheoryJson;
    layouted?: LayoutedDiagram;
    options: Required<PreviewOptions>;
    selected?: string;
    generation: number;
    fitted: boolean;
}

const host = createHost();
const runner = new WorkerLayoutRunner();
/** Typing in a description keeps every box its size: the picture is redrawn without a new layout. */
const layouts = new LayoutMemo();
const state: State = { options: { direction: 'right', showResults: true }, generation: 0, fitted: false };
let msg: PreviewMessages = previewMessages(document.documentElement.lang || navigator.language);

// ---- the page ----
const root = document.getElementById('toc-root') ?? document.body.appendChild(document.createElement('div'));
root.className = 'toc-preview';
const toolbar = el('div', 'toc-toolbar');
toolbar.setAttribute('role', 'toolbar');
const banner = el('div', 'toc-banner');
banner.setAttribute('role', 'status');
banner.hidden = true;
const progress = el('div', 'toc-progress');
progress.setAttribute('role', 'status');
progress.hidden = true;
const frame = el('div', 'toc-frame');
frame.tabIndex = -1;
const stage = el('div', 'toc-stage');
frame.append(stage);
root.append(toolbar, banner, frame, progress);
const viewport = new Viewport(frame, stage);

const zoomOut = button('toc-zoom-out', '−', () => viewport.zoomBy(1 / 1.25));
const zoomIn = button('toc-zoom-in', '+', () => viewport.zoomBy(1.25));
const fit = button('toc-fit', '⤢', () => viewport.fit());
const results = button('toc-results', '', () => setOptions({ showResults: !state.options.showResults }));
const direction = button('toc-direction', '', () => setOptions({ direction: state.options.direction === 'right' ? 'down' : 'right' }));
toolbar.append(zoomOut, zoomIn, fit, sep(), results, direction);
const waiting = el('p', 'toc-waiting');
stage.append(waiting);
applyWords();

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls: string): HTMLElementTagNameMap[K] {
    const e = document.createElement(tag);
    e.className = cls;
    return e;
}

function sep(): HTMLElement {
    const s = el('span', 'toc-sep');
    s.setAttribute('aria-hidden', 'true');
    return s;
}

function button(cls: string, label: string, action: () => void): HTMLButtonElement {
    const b = el('button', `toc-button ${cls}`);
    b.type = 'button';
    b.textContent = label;
    b.addEventListener('click', action);
    return b;
}

function applyWords(): void {
    toolbar.setAttribute('aria-label', msg.toolbar);
    for (const [b, title] of [[zoomOut, msg.zoomOut], [zoomIn, msg.zoomIn], [fit, msg.fit]] as const) {
        b.title = title;
        b.setAttribute('aria-label', title);
    }
    results.textContent = msg.results;
    results.setAttribute('aria-pressed', String(state.options.showResults));
    direction.textContent = `${msg.direction} ${state.options.direction === 'right' ? '→' : '↓'}`;
    direction.title = state.options.direction === 'right' ? msg.directionRight : msg.directionDown;
    progress.textContent = msg.laying;
    waiting.textContent = msg.waiting;
    frame.setAttribute('aria-label', msg.diagram);
}

function setOptions(options: PreviewOptions): void {
    const directionChanged = options.direction !== undefined && options.direction !== state.options.direction;
    state.options = { ...state.options, ...options };
    applyWords();
    if (directionChanged) state.fitted = false;
    const model = drawableModel();
    if (model) void draw(model);
}

/** With syntax errors, the last good model; without one, the partial model. */
function drawableModel(): TheoryJson | undefined {
    if (!state.model) return undefined;
    return state.model.hasSyntaxErrors && state.goodModel ? state.goodModel : state.model;
}

function showBanner(): void {
    const broken = state.model?.hasSyntaxErrors ?? false;
    banner.hidden = !broken;
    banner.textContent = broken ? (state.goodModel ? msg.syntaxErrors : msg.syntaxErrorsNoPicture) : '';
}

// ---- drawing ----
async function draw(model: TheoryJson): Promise<void> {
    const generation = ++state.generation;
    const graph = toDiagramGraph(model, { showResults: state.options.showResults });
    const prepared = prepareLayout(graph, { direction: state.options.direction });
    const showProgress = setTimeout(() => {
        if (generation === state.generation) progress.hidden = false;
    }, 150);
    try {
        const result = graph.nodes.length === 0 ? { id: 'root', children: [], edges: [] } : await layouts.layout(runner, prepared.elkGraph);
        if (generation !== state.generation) return; // a newer model is on its way
        // For tests and the curious: how many pictures needed ELK.
        stage.dataset.tocLayouts = String(layouts.counts.laidOut);
        const layouted = applyElkResult(prepared, result);
        swapIn(layouted);
    } catch (error) {
        if (error instanceof Cancelled || generation !== state.generation) return;
        banner.hidden = false;
        banner.textContent = msg.layoutFailed;
        console.error(error);
    } finally {
        clearTimeout(showProgress);
        if (generation === state.generation) progress.hidden = true;
    }
}

function swapIn(layouted: LayoutedDiagram): void {
    state.layouted = layouted;
    const text = renderSvg(layouted, { theme: 'vscode', embedStyle: false, interactive: true, issues: true });
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const svg = document.importNode(doc.documentElement, true);
    stage.replaceChildren(svg);
    stage.dataset.tocReady = String(state.generation);
    if (state.selected) select(state.selected, false);
    if (!state.fitted) {
        viewport.fit(0.6);
        state.fitted = true;
    }
}

// ---- selection and reveal ----
function nodeElement(id: string): SVGGElement | undefined {
    for (const g of stage.querySelectorAll<SVGGElement>('[data-toc-id]')) if (g.dataset.tocId === id) return g;
    return undefined;
}

function select(id: string | undefined, scroll: boolean): void {
    state.selected = id;
    for (const s of stage.querySelectorAll('.toc-selected')) s.classList.remove('toc-selected');
    if (!id) return;
    const g = nodeElement(id);
    if (!g) return;
    g.classList.add('toc-selected');
    for (const e of stage.querySelectorAll<SVGGElement>('[data-toc-edge]')) {
        if (e.dataset.tocFrom === id || e.dataset.tocTo === id) e.classList.add('toc-selected');
    }
    if (scroll) viewport.reveal(g);
}

function rangeOf(id: string): FromPreview & { type: 'reveal' } | undefined {
    const model = drawableModel();
    for (const e of model?.elements ?? []) {
        if (e.id === id) return { type: 'reveal', id, range: e.range };
        for (const r of e.results ?? []) {
            if (r.id === id) return { type: 'reveal', id, range: r.range };
            for (const i of r.indicators ?? []) if (i.id === id) return { type: 'reveal', id, range: i.range };
        }
    }
    return undefined;
}

function activate(target: Element | null): void {
    const g = target?.closest<SVGGElement>('[data-toc-id]');
    if (!g?.dataset.tocId) return;
    select(g.dataset.tocId, false);
    const message = rangeOf(g.dataset.tocId);
    if (message) host.post(message);
}

stage.addEventListener('click', e => {
    if (viewport.justDragged) return;
    activate(e.target as Element);
});

document.addEventListener('keydown', e => {
    const target = e.target as Element | null;
    const inToolbar = target instanceof HTMLElement && target.closest('.toc-toolbar');
    if ((e.key === 'Enter' || e.key === ' ') && target?.closest('[data-toc-id]') && !inToolbar) {
        e.preventDefault();
        activate(target);
        return;
    }
    if ((inToolbar && (e.key === 'Enter' || e.key === ' ')) || e.ctrlKey || e.metaKey || e.altKey) return;
    const step = 60;
    switch (e.key) {
        case '+': case '=': viewport.zoomBy(1.25); break;
        case '-': case '_': viewport.zoomBy(1 / 1.25); break;
        case '0': case 'f': case 'F': viewport.fit(); break;
        case 'ArrowLeft': viewport.panBy(step, 0); break;
        case 'ArrowRight': viewport.panBy(-step, 0); break;
        case 'ArrowUp': viewport.panBy(0, step); break;
        case 'ArrowDown': viewport.panBy(0, -step); break;
        default: return;
    }
    e.preventDefault();
});

// Tabbing to a node scrolls it into view.
stage.addEventListener('focusin', e => {
    const g = (e.target as Element).closest?.('[data-toc-id]');
    if (g) viewport.reveal(g);
});

// ---- messages ----
host.onMessage(message => handle(message));

async function handle(message: ToPreview): Promise<void> {
    switch (message.type) {
        case 'model': {
            const model = message.model;
            if (message.options) {
                if (message.options.direction && message.options.direction !== state.options.direction) state.fitted = false;
                state.options = { ...state.options, ...message.options };
            }
            if (!state.model || model.lang !== state.model.lang) msg = previewMessages(model.lang);
            if (state.model && model.uri !== state.model.uri) {
                state.goodModel = undefined;
                state.fitted = false;
                state.selected = undefined;
            }
            state.model = model;
            if (!model.hasSyntaxErrors) state.goodModel = model;
            applyWords();
            showBanner();
            // A broken text keeps the last good picture: redraw only if there is none yet.
            if (model.hasSyntaxErrors && state.goodModel && state.layouted) return;
            await draw(drawableModel()!);
            return;
        }
        case 'highlight':
            select(message.id || undefined, true);
            return;
        case 'export': {
            if (!state.layouted) return;
            const data = message.format === 'png' ? await exportPng(state.layouted) : exportSvg(state.layouted);
            host.post({ type: 'exported', format: message.format, data });
            return;
        }
    }
}

host.post({ type: 'ready' });
