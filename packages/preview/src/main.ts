/**
 * The diagram webview. Receives TheoryJson, lays it out in a Web Worker, draws it with toc-diagram,
 * and reports clicks back. The last picture stays until a new one is ready; a newer model cancels a
 * stale layout; a model with syntax errors keeps the last good picture under a banner.
 * Around the picture: search, focus, collapse, filters, details on demand, and a view (zoom, direction,
 * toggles) that survives re-renders, resizes, hiding and Reload Window (the webview state).
 */
import type { ElementJson, TheoryJson } from 'toc-language/model';
import {
    DRAWING_MARGIN, LayoutMemo, MAX_NARROWINGS, PROVISIONAL_ABOVE, applyElkResult, chooseView, diagramMessages, narrowerView, prepareLayout, provisionalLayout, readableZoom,
    renderSvg, toDiagramGraph, warmUpGraph, type DiagramGraph, type DiagramView, type Direction, type LayoutedDiagram, type PreparedLayout,
} from 'toc-diagram/core';
import { fillDetails } from './details.js';
import { exportPng, exportSvg } from './export.js';
import { clearElements, filterChoices, filtersActive, type Filters } from './filters.js';
import { Cancelled, WorkerLayoutRunner } from './layout-runner.js';
import { previewMessages, type PreviewMessages } from './messages.js';
import { createHost, type FromPreview, type PreviewOptions, type SavedState, type ToPreview } from './protocol.js';
import { focusSet, hiddenBy, withoutHidden } from './reach.js';
import { searchElements } from './search.js';
import { Viewport } from './viewport.js';

const RESIZE_DEBOUNCE_MS = 150;

interface State {
    model?: TheoryJson;
    /** Last model without syntax errors (the one drawn when the text is broken). */
    goodModel?: TheoryJson;
    layouted?: LayoutedDiagram;
    /** The file whose laid-out picture is on screen: until then a big theory shows a provisional one. */
    drawnUri?: string;
    /** The stage shows the provisional picture (boxes in their columns, no arrows) while ELK lays out the first. */
    provisional: boolean;
    options: Required<PreviewOptions>;
    /**
     * The direction drawn ('auto' decided from the panel's shape) and, in a narrow panel, the box width:
     * chosen when the picture is fitted (layout/fit.ts), for the options in `viewFor`.
     */
    view?: DiagramView;
    viewFor?: string;
    selected?: string;
    /** The box whose details the card shows when none is hovered: chosen in the preview (click, Tab, search), not by the editor's cursor. */
    pinned?: string;
    generation: number;
    fitted: boolean;
    focus: boolean;
    collapsed: Set<string>;
    filters: Filters;
    matches: string[];
    matchIndex: number;
}

const host = createHost();
const runner = new WorkerLayoutRunner();
// ELK loaded and compiled while the panel waits for its first model (a cold ELK is the slowest part of a first picture).
// bench/suites/preview-open.mjs switches it off for its baseline.
if (!(globalThis as { tocNoWarmUp?: boolean }).tocNoWarmUp) runner.warmUp(warmUpGraph());
/** Typing in a description keeps every box its size: the picture is redrawn without a new layout. */
const layouts = new LayoutMemo();
const saved: SavedState = host.getState() ?? {};
const state: State = {
    options: { direction: 'auto', details: false, ...saved.options },
    selected: saved.selected, generation: 0, fitted: false, provisional: false, focus: saved.focus ?? false,
    collapsed: new Set(saved.collapsed ?? []), filters: (saved.filters ?? {}) as Filters, matches: [], matchIndex: -1,
};
let msg: PreviewMessages = previewMessages(document.documentElement.lang || navigator.language);

// ---- the page ----
const root = document.getElementById('toc-root') ?? document.body.appendChild(document.createElement('div'));
root.className = 'toc-preview';
/** The box under the pointer: a redraw beneath a resting pointer keeps its card (no pointerover fires then). */
let hoveredId: string | undefined;
const toolbar = el('div', 'toc-toolbar');
toolbar.setAttribute('role', 'toolbar');
const body = el('div', 'toc-body');
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
const details = el('div', 'toc-details');
details.setAttribute('role', 'status');
details.hidden = true;
// Banners, progress and details lie over the drawing: showing them never moves it.
body.append(frame, banner, progress, details);
root.append(toolbar, body);
const viewport = new Viewport(frame, stage);

const zoomOut = button('toc-zoom-out', '−', () => viewport.zoomBy(1 / 1.25));
const zoomIn = button('toc-zoom-in', '+', () => viewport.zoomBy(1.25));
const fit = button('toc-fit', '⤢', () => viewport.fit());
const detailsButton = button('toc-details-toggle', '', () => choose({ details: !state.options.details }));
const direction = button('toc-direction', '', () => choose({ direction: currentDirection() === 'right' ? 'down' : 'right' }));
const focusButton = button('toc-focus', '', () => setFocus(!state.focus));
const collapseButton = button('toc-collapse', '', () => toggleCollapse());
const search = el('input', 'toc-search');
search.type = 'search';
const searchCount = el('span', 'toc-search-count');
searchCount.setAttribute('aria-live', 'polite');
const horizonFilter = el('select', 'toc-filter toc-filter-horizon');
const ownerFilter = el('select', 'toc-filter toc-filter-owner');
const statusFilter = el('select', 'toc-filter toc-filter-status');
const filterButton = button('toc-filter-toggle', '', () => showFilters(filterbar.hidden));
const filterbar = el('div', 'toc-filterbar');
filterbar.hidden = true;
const exportSvgButton = button('toc-export-svg', 'SVG', () => host.post({ type: 'exportRequest', format: 'svg' }));
const exportPngButton = button('toc-export-png', 'PNG', () => host.post({ type: 'exportRequest', format: 'png' }));
// Filters take a row of their own, shown on demand: a side panel keeps one row of tools.
filterbar.append(horizonFilter, ownerFilter, statusFilter);
// In a narrow panel zoom, search and export each wrap to the next row as one (never "PNG" alone on a row); the
// view's toggles wrap one by one. Kinds of tools are set apart by space, not by lines, which would be left
// dangling at the end of a row.
filterButton.classList.add('toc-group-end');
toolbar.append(group(zoomOut, zoomIn, fit), detailsButton, direction, focusButton, collapseButton, filterButton,
    group(search, searchCount), group(exportSvgButton, exportPngButton), filterbar);

function showFilters(on: boolean): void {
    filterbar.hidden = !on && !filtersActive(state.filters);
    filterButton.setAttribute('aria-expanded', String(!filterbar.hidden));
    if (on) horizonFilter.focus();
}
const waiting = el('p', 'toc-waiting');
stage.append(waiting);
applyWords();
showFilters(false);

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls: string): HTMLElementTagNameMap[K] {
    const e = document.createElement(tag);
    e.className = cls;
    return e;
}

function group(...tools: HTMLElement[]): HTMLElement {
    const g = el('span', 'toc-group');
    g.append(...tools);
    return g;
}

function button(cls: string, label: string, action: () => void): HTMLButtonElement {
    const b = el('button', `toc-button ${cls}`);
    b.type = 'button';
    b.textContent = label;
    b.addEventListener('click', action);
    return b;
}

function titled(e: HTMLElement, title: string): void {
    e.title = title;
    e.setAttribute('aria-label', title);
}

function applyWords(): void {
    toolbar.setAttribute('aria-label', msg.toolbar);
    titled(zoomOut, msg.zoomOut);
    titled(zoomIn, msg.zoomIn);
    titled(fit, msg.fit);
    detailsButton.textContent = msg.details;
    detailsButton.title = msg.detailsTitle;
    detailsButton.setAttribute('aria-pressed', String(state.options.details));
    const dir = currentDirection();
    direction.textContent = `${msg.direction} ${dir === 'right' ? '→' : '↓'}`;
    direction.title = (dir === 'right' ? msg.directionRight : msg.directionDown) + (state.options.direction === 'auto' ? ` (${msg.directionAuto})` : '');
    focusButton.textContent = msg.focus;
    focusButton.title = state.selected ? msg.focusTitle : `${msg.focusTitle} (${msg.focusNeedsSelection})`;
    focusButton.setAttribute('aria-pressed', String(state.focus));
    const collapsed = state.selected !== undefined && state.collapsed.has(state.selected);
    collapseButton.textContent = collapsed ? msg.expand : msg.collapse;
    collapseButton.title = msg.collapseTitle;
    collapseButton.disabled = !canCollapse(state.selected);
    filterButton.textContent = `${msg.filter}${filtersActive(state.filters) ? ' •' : ''}`;
    filterButton.title = msg.filterTitle;
    filterButton.setAttribute('aria-expanded', String(!filterbar.hidden));
    search.placeholder = msg.search;
    titled(search, msg.searchTitle);
    titled(exportSvgButton, msg.exportSvg);
    titled(exportPngButton, msg.exportPng);
    fillFilters();
    progress.textContent = state.provisional ? msg.arranging : msg.laying;
    waiting.textContent = msg.waiting;
    frame.setAttribute('aria-label', msg.diagram);
}

function remember(): void {
    host.setState({
        uri: state.model?.uri ?? saved.uri,
        view: viewport.view,
        options: state.options,
        focus: state.focus,
        selected: state.selected,
        collapsed: [...state.collapsed],
        filters: state.filters,
    });
}
let rememberTimer: ReturnType<typeof setTimeout> | undefined;
viewport.onChange = () => {
    clearTimeout(rememberTimer);
    rememberTimer = setTimeout(remember, 100);
};

function currentDirection(): Direction {
    if (state.options.direction !== 'auto') return state.options.direction;
    return state.view?.direction ?? 'right';
}

/** A choice in the toolbar: drawn at once, and remembered for the workspace by the extension. */
function choose(options: PreviewOptions): void {
    host.post({ type: 'choose', options });
    setOptions(options);
}

function setOptions(options: PreviewOptions): void {
    const before = currentDirection();
    state.options = { ...state.options, ...options };
    if (currentDirection() !== before) state.fitted = false;
    applyWords();
    remember();
    redraw();
}

function redraw(): void {
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
/** The graph the picture is drawn from: compact boxes, or detailed ones; without what collapsed goals hide. */
function graphOf(full: TheoryJson, hidden: Set<string>): DiagramGraph {
    return toDiagramGraph(withoutHidden(full, hidden), { details: state.options.details, boxWidth: state.view?.boxWidth, columnLimit: state.view?.columnLimit });
}

/** Relayouts with a narrower view since the view was chosen (at most MAX_NARROWINGS). */
let narrowings = 0;

/** The view that fits this panel now: asked when the picture is fitted, never per keystroke. */
function viewNow(full: TheoryJson, hidden: Set<string>): DiagramView {
    narrowings = 0;
    return chooseView(frame.clientWidth, frame.clientHeight, graphsFor(full, hidden), state.options.direction);
}

/** The graph of what is shown with a given box width and column limit: what the views are estimated from. */
function graphsFor(full: TheoryJson, hidden: Set<string>): (boxWidth?: number, columnLimit?: number) => DiagramGraph {
    const visible = withoutHidden(full, hidden);
    return (boxWidth, columnLimit) => toDiagramGraph(visible, { details: state.options.details, boxWidth, columnLimit });
}

/** What a view is chosen for: the options, and the panel's size. */
const optionsKey = () => `${state.options.direction}|${state.options.details}`;
const viewKey = () => `${optionsKey()}|${frame.clientWidth}x${frame.clientHeight}`;
const sameView = (a: DiagramView | undefined, b: DiagramView) => a?.direction === b.direction && a?.boxWidth === b.boxWidth && a?.columnLimit === b.columnLimit;

/** Takes a new view; true when it differs from the one drawn (the boxes are then laid out afresh). */
function takeView(view: DiagramView): boolean {
    const changed = !sameView(state.view, view);
    state.view = view;
    state.viewFor = viewKey();
    if (changed) {
        layouts.clear();
        applyWords();
        // For tests and the curious: how often the view (direction, box width) was chosen anew.
        stage.dataset.tocViews = String(Number(stage.dataset.tocViews ?? 0) + 1);
        stage.dataset.tocBoxWidth = String(view.boxWidth ?? '');
        stage.dataset.tocColumnLimit = String(view.columnLimit ?? '');
    }
    return changed;
}

function hiddenIn(full: TheoryJson): Set<string> {
    return hiddenBy(full, [...state.collapsed].filter(id => full.elements.some(e => e.id === id)));
}

async function draw(full: TheoryJson): Promise<void> {
    const generation = ++state.generation;
    const hidden = hiddenIn(full);
    // The view is decided for a new file or other options here, for a new panel size when fitting: never per keystroke.
    if (!state.view || !state.viewFor?.startsWith(`${optionsKey()}|`)) takeView(viewNow(full, hidden));
    const graph = graphOf(full, hidden);
    const prepared = prepareLayout(graph, { direction: currentDirection() });
    // A file's first picture of a big theory: boxes in their columns at once, ELK's picture when it is done.
    if (state.drawnUri !== full.uri && graph.nodes.length > PROVISIONAL_ABOVE) showProvisional(prepared, full, hidden);
    const showProgress = setTimeout(() => {
        if (generation === state.generation) progress.hidden = false;
    }, 150);
    try {
        const result = graph.nodes.length === 0 ? { id: 'root', children: [], edges: [] } : await layouts.layout(runner, prepared.elkGraph);
        if (generation !== state.generation) return; // a newer model is on its way
        // For tests and the curious: how many pictures needed ELK.
        stage.dataset.tocLayouts = String(layouts.counts.laidOut);
        const layouted = applyElkResult(prepared, result);
        swapIn(layouted, full, hidden);
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

function swapIn(layouted: LayoutedDiagram, full: TheoryJson, hidden: Set<string>): void {
    // The panel may have got its size while the first layout ran (VS Code sizes a new panel in steps).
    if (!state.fitted && state.viewFor !== viewKey() && takeView(viewNow(full, hidden))) {
        void draw(full);
        return;
    }
    state.layouted = layouted;
    const svg = svgOf(layouted);
    // At open: when the real drawing is wider than estimated, narrower boxes (a few layouts at most).
    const narrower = !state.fitted && !state.options.details && state.view
        ? narrowerView(state.view, { width: Number(svg.getAttribute('width')), height: Number(svg.getAttribute('height')) }, frame.clientWidth, frame.clientHeight, DRAWING_MARGIN,
            graphsFor(full, hidden), state.options.direction)
        : undefined;
    if (narrower && narrowings++ < MAX_NARROWINGS) {
        takeView(narrower);
        void draw(full);
        return;
    }
    show(svg, full, hidden);
    state.drawnUri = full.uri;
    state.provisional = false;
    delete stage.dataset.tocProvisional;
    stage.dataset.tocReady = String(state.generation);
    applyWords();
    state.fitted = true;
}

function svgOf(layouted: LayoutedDiagram): Element {
    const text = renderSvg(layouted, { theme: 'vscode', embedStyle: false, interactive: true, issues: true, cardOnHover: !state.options.details });
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return document.importNode(doc.documentElement, true);
}

/** Puts a picture on the stage with the selection, fading and search frames, and the first view of a file. */
function show(svg: Element, full: TheoryJson, hidden: Set<string>): void {
    stage.replaceChildren(svg);
    stage.dataset.tocDirection = currentDirection();
    markCollapsed(full, hidden);
    if (state.selected) select(state.selected, false, state.pinned === state.selected);
    applyFading();
    markMatches();
    if (state.fitted) return;
    // After Reload Window, the view the user had; else readable. A view the user moved over the provisional picture stays.
    if (saved.view?.userMoved && saved.uri === full.uri) viewport.restore(saved.view);
    else if (!(state.provisional && viewport.userMoved)) fitReadable();
    saved.view = undefined;
}

/**
 * The provisional picture (diagram's provisionalLayout: no ELK), under "Arranging the diagram…", until ELK's
 * picture replaces it. It can be hovered, clicked and searched like the final one; the view is not fixed yet.
 */
/** Resolves once the laid-out picture on screen is the one of `uri` (or after `ms`: the extension then says the export failed). */
async function drawnFor(uri: string | undefined, ms = 30_000): Promise<void> {
    const until = Date.now() + ms;
    while (uri !== undefined && state.drawnUri !== uri && Date.now() < until) await new Promise(resolve => setTimeout(resolve, 50));
}

function showProvisional(prepared: PreparedLayout, full: TheoryJson, hidden: Set<string>): void {
    show(svgOf(provisionalLayout(prepared)), full, hidden);
    state.provisional = true;
    stage.dataset.tocProvisional = String(state.generation);
    applyWords();
    progress.hidden = false;
}

/**
 * The whole theory when it fits with every label at least 11 px on screen (readableZoom: the drawing's own
 * sizes); else at that zoom, from the top left, where the actions start.
 */
function fitReadable(): void {
    viewport.fit(readableZoom(state.options.details));
}

// A resized panel fits again (the new size, after it settles) unless the user zoomed or panned.
let resizeTimer: ReturnType<typeof setTimeout> | undefined;
new ResizeObserver(() => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => {
        if (viewport.userMoved || !state.layouted) return;
        const model = drawableModel();
        if (model && takeView(viewNow(model, hiddenIn(model)))) {
            state.fitted = false;
            void draw(model);
            return;
        }
        fitReadable();
    }, RESIZE_DEBOUNCE_MS);
}).observe(frame);

// ---- selection, focus, collapse, filters, search ----
function nodeElement(id: string): SVGGElement | undefined {
    for (const g of stage.querySelectorAll<SVGGElement>('[data-toc-id]')) if (g.dataset.tocId === id) return g;
    return undefined;
}

function elementById(id: string | undefined): ElementJson | undefined {
    return id === undefined ? undefined : drawableModel()?.elements.find(e => e.id === id);
}

function select(id: string | undefined, scroll: boolean, pin = false): void {
    if (state.selected !== id) setTimeout(remember, 0);
    state.selected = id;
    state.pinned = pin ? id : undefined;
    for (const s of stage.querySelectorAll('.toc-selected')) s.classList.remove('toc-selected');
    applyWords();
    applyFading();
    showDetails(hoveredId);
    if (!id) return;
    const g = nodeElement(id);
    if (!g) return;
    g.classList.add('toc-selected');
    for (const e of stage.querySelectorAll<SVGGElement>('[data-toc-edge]')) {
        if (e.dataset.tocFrom === id || e.dataset.tocTo === id) e.classList.add('toc-selected');
    }
    if (scroll) viewport.reveal(g);
}

function setFocus(on: boolean): void {
    state.focus = on;
    applyWords();
    applyFading();
    remember();
}

/** Fades what focus mode and the filters leave out; what stays is drawn as before, in the same place. */
function applyFading(): void {
    const model = drawableModel();
    if (!model) return;
    let clear = clearElements(model, state.filters);
    if (state.focus && state.selected && elementById(state.selected)) {
        const focus = focusSet(model, state.selected);
        clear = clear ? new Set([...clear].filter(id => focus.has(id))) : focus;
    }
    stage.classList.toggle('toc-fading', clear !== undefined);
    for (const g of stage.querySelectorAll<SVGGElement>('.toc-node[data-toc-id]')) {
        g.classList.toggle('toc-faded', clear !== undefined && !clear.has(g.dataset.tocId!));
    }
    for (const e of stage.querySelectorAll<SVGGElement>('[data-toc-edge]')) {
        e.classList.toggle('toc-faded', clear !== undefined && !(clear.has(e.dataset.tocFrom!) && clear.has(e.dataset.tocTo!)));
    }
}

function canCollapse(id: string | undefined): boolean {
    const model = drawableModel();
    if (!id || !model) return false;
    return state.collapsed.has(id) || model.contributions.some(c => c.to === id);
}

function toggleCollapse(): void {
    const id = state.selected;
    if (!canCollapse(id)) return;
    if (state.collapsed.has(id!)) state.collapsed.delete(id!);
    else state.collapsed.add(id!);
    remember();
    applyWords();
    redraw();
}

/** A collapsed box says how many boxes it hides, under its bottom edge. */
function markCollapsed(full: TheoryJson, hidden: Set<string>): void {
    for (const id of state.collapsed) {
        const g = nodeElement(id);
        const box = g?.querySelector<SVGRectElement>('.toc-box');
        if (!g || !box) continue;
        const count = hiddenBy(full, [id]).size;
        g.classList.add('toc-collapsed');
        const label = document.createElementNS('http://www.w3.org/2000/svg', 'text');
        label.setAttribute('class', 'toc-hidden-count');
        label.setAttribute('x', String(box.width.baseVal.value / 2));
        label.setAttribute('y', String(box.height.baseVal.value + 14));
        label.setAttribute('text-anchor', 'middle');
        label.setAttribute('font-size', '12');
        label.textContent = msg.hiddenCount(count);
        g.append(label);
    }
    stage.dataset.tocHidden = String(hidden.size);
}

function fillFilters(): void {
    const model = drawableModel();
    const choices = model ? filterChoices(model) : { horizons: [], owners: [], statuses: [] };
    const words: Record<string, string> = diagramMessages(model?.lang ?? 'en').status;
    const fill = (select: HTMLSelectElement, label: string, values: string[], text: (v: string) => string, current: string | undefined) => {
        const options: Array<[string, string]> = [['', `${label}: ${msg.filterAll}`], ...values.map((v): [string, string] => [v, `${label}: ${text(v)}`])];
        if (select.options.length !== options.length || [...select.options].some((o, i) => o.value !== options[i]?.[0] || o.text !== options[i]?.[1])) {
            select.replaceChildren(...options.map(([value, t]) => Object.assign(document.createElement('option'), { value, text: t })));
        }
        select.value = current && values.includes(current) ? current : '';
        titled(select, label);
        select.hidden = values.length === 0 && !current;
    };
    fill(horizonFilter, msg.filterHorizon, choices.horizons, v => v, state.filters.horizon);
    fill(ownerFilter, msg.filterOwner, choices.owners, v => v, state.filters.owner);
    fill(statusFilter, msg.filterStatus, choices.statuses, v => words[v] ?? v, state.filters.status);
}

for (const [select, key] of [[horizonFilter, 'horizon'], [ownerFilter, 'owner'], [statusFilter, 'status']] as const) {
    select.addEventListener('change', () => {
        state.filters = { ...state.filters, [key]: select.value };
        remember();
        applyFading();
        applyWords();
        stage.dataset.tocFiltered = String(filtersActive(state.filters));
    });
}

function markMatches(): void {
    const ids = new Set(state.matches);
    for (const g of stage.querySelectorAll<SVGGElement>('.toc-node[data-toc-id]')) g.classList.toggle('toc-match', ids.has(g.dataset.tocId!));
}

function runSearch(): void {
    const model = drawableModel();
    state.matches = model ? searchElements(model, search.value).map(e => e.id) : [];
    state.matchIndex = -1;
    searchCount.textContent = search.value.trim() ? (state.matches.length ? String(state.matches.length) : msg.searchNone) : '';
    markMatches();
}

/** Enter: the next match is selected and put in the middle of the panel. */
function nextMatch(step: 1 | -1): void {
    if (state.matches.length === 0) return;
    const n = state.matches.length;
    state.matchIndex = (state.matchIndex + step + n) % n;
    const id = state.matches[state.matchIndex]!; // an index modulo n > 0: always a match
    searchCount.textContent = `${state.matchIndex + 1}/${n}`;
    select(id, false, true);
    const g = nodeElement(id);
    if (g) viewport.centreOn(g);
}

search.addEventListener('input', runSearch);
search.addEventListener('keydown', e => {
    if (e.key === 'Enter') {
        e.preventDefault();
        nextMatch(e.shiftKey ? -1 : 1);
    } else if (e.key === 'Escape') {
        search.value = '';
        runSearch();
        frame.focus();
    }
});

// ---- details on demand ----
/** The card shows the hovered box, else the selected one; with details on, the boxes show it all. */
function showDetails(hovered: string | undefined): void {
    const e = elementById(hovered ?? state.pinned);
    const model = drawableModel();
    if (!e || !model || state.options.details) {
        details.hidden = true;
        return;
    }
    fillDetails(details, e, model.lang, model.issues?.[e.id]);
    details.hidden = false;
    placeDetails(nodeElement(e.id));
}

/** The card goes in the corner farthest from its box, so it never covers the box it describes. */
function placeDetails(g: Element | undefined): void {
    const f = frame.getBoundingClientRect();
    const b = g?.getBoundingClientRect();
    const right = b ? b.left + b.width / 2 < f.left + f.width / 2 : false;
    const top = b ? b.top + b.height / 2 > f.top + f.height / 2 : false;
    details.classList.toggle('toc-details-right', right);
    details.classList.toggle('toc-details-top', top);
}

stage.addEventListener('pointerover', e => {
    const g = (e.target as Element).closest?.<SVGGElement>('.toc-node[data-toc-id]');
    hoveredId = g?.dataset.tocId;
    showDetails(hoveredId);
});
stage.addEventListener('pointerleave', () => {
    hoveredId = undefined;
    showDetails(undefined);
});

// ---- reveal ----
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
    const node = g.closest<SVGGElement>('.toc-node[data-toc-id]');
    select(node?.dataset.tocId ?? g.dataset.tocId, false, true);
    const message = rangeOf(g.dataset.tocId);
    if (message) host.post(message);
}

stage.addEventListener('click', e => {
    if (viewport.justDragged) return;
    activate(e.target as Element);
});

document.addEventListener('keydown', e => {
    const target = e.target as Element | null;
    if (target instanceof HTMLInputElement || target instanceof HTMLSelectElement) return;
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
        case '/': search.focus(); break;
        case 'ArrowLeft': viewport.panBy(step, 0); break;
        case 'ArrowRight': viewport.panBy(-step, 0); break;
        case 'ArrowUp': viewport.panBy(0, step); break;
        case 'ArrowDown': viewport.panBy(0, -step); break;
        default: return;
    }
    e.preventDefault();
});

// Tabbing to a node scrolls it into view and shows its details.
stage.addEventListener('focusin', e => {
    const g = (e.target as Element).closest?.<SVGGElement>('[data-toc-id]');
    if (g) {
        viewport.reveal(g);
        showDetails(g.closest<SVGGElement>('.toc-node[data-toc-id]')?.dataset.tocId);
    }
});

// ---- messages ----
host.onMessage(message => handle(message));

async function handle(message: ToPreview): Promise<void> {
    switch (message.type) {
        case 'model': {
            const model = message.model;
            const before = currentDirection();
            if (message.options) state.options = { ...state.options, ...message.options };
            if (currentDirection() !== before) state.fitted = false;
            if (!state.model || model.lang !== state.model.lang) msg = previewMessages(model.lang);
            if (state.model && model.uri !== state.model.uri) {
                layouts.clear(); // another file: its first picture is laid out afresh, as `toc render` draws it
                state.goodModel = undefined;
                state.fitted = false;
                state.selected = undefined;
                state.view = undefined;
                state.collapsed.clear();
            }
            state.model = model;
            if (!model.hasSyntaxErrors) state.goodModel = model;
            applyWords();
            showBanner();
            remember();
            if (search.value) runSearch();
            // A broken text keeps the last good picture: redraw only if there is none yet.
            if (model.hasSyntaxErrors && state.goodModel && state.layouted) return;
            await draw(drawableModel()!);
            return;
        }
        case 'highlight':
            // The editor's cursor selects without a details card: the text itself is in front of the user.
            select(message.id || undefined, true);
            return;
        case 'export': {
            // Right after a switch to another file the old file's picture is still on screen: export this file's own.
            await drawnFor(state.model?.uri);
            if (!state.layouted || state.drawnUri !== state.model?.uri) return;
            const data = message.format === 'png' ? await exportPng(state.layouted) : exportSvg(state.layouted);
            host.post({ type: 'exported', format: message.format, data });
            return;
        }
    }
}

host.post({ type: 'ready' });
