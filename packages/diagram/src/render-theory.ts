/** The one call the command line needs: TheoryJson -> SVG text, laid out in-thread. */
import type { TheoryJson } from 'toc-language/model';
import type { Direction } from './graph/diagram-graph.js';
import { toDiagramGraph } from './graph/to-diagram-graph.js';
import { layoutDiagram, type ElkLike } from './layout/elk-layout.js';
import { loadElkInThread } from './layout/elk-in-thread.js';
import { renderSvg } from './render/svg.js';

export interface RenderTheoryOptions {
    direction?: Direction;
    theme?: 'light' | 'dark' | 'high-contrast';
    showResults?: boolean;
    /** Detailed boxes (description, owner, result cards); default compact. */
    details?: boolean;
    /** Draw the checks' count of remarks on the boxes (default false: a picture for readers, not writers). */
    issues?: boolean;
}

let inThread: Promise<ElkLike> | undefined;

/** One ELK per process, made on first use: loading it costs about 0.1 s. */
function bundledElk(): Promise<ElkLike> {
    inThread ??= Promise.resolve().then(() => new (loadElkInThread())());
    return inThread;
}

export async function renderTheorySvg(theory: TheoryJson, options: RenderTheoryOptions = {}): Promise<string> {
    const graph = toDiagramGraph(theory, { showResults: options.showResults ?? true, details: options.details ?? false });
    const layouted = await layoutDiagram(graph, await bundledElk(), { direction: options.direction ?? 'right' });
    return renderSvg(layouted, { theme: options.theme ?? 'light', issues: options.issues ?? false });
}
