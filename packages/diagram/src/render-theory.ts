/** The one call the command line needs: TheoryJson -> SVG text, laid out in-thread. */
import { createRequire } from 'node:module';
import type { TheoryJson } from 'toc-language/model';
import type { Direction } from './graph/diagram-graph.js';
import { toDiagramGraph } from './graph/to-diagram-graph.js';
import { layoutDiagram, type ElkLike } from './layout/elk-layout.js';
import { renderSvg } from './render/svg.js';

export interface RenderTheoryOptions {
    direction?: Direction;
    theme?: 'light' | 'dark' | 'high-contrast';
    showResults?: boolean;
}

let inThread: Promise<ElkLike> | undefined;

/**
 * elk.bundled runs ELK in this thread: right for the command line, never for the language server.
 * Loaded with require: an ESM import of this 6 MB CommonJS file first lexes it for exports (0.3 s).
 */
function bundledElk(): Promise<ElkLike> {
    inThread ??= Promise.resolve().then(() => {
        const ELK = createRequire(import.meta.url)('elkjs/lib/elk.bundled.js') as new () => ElkLike;
        return new ELK();
    });
    return inThread;
}

export async function renderTheorySvg(theory: TheoryJson, options: RenderTheoryOptions = {}): Promise<string> {
    const graph = toDiagramGraph(theory, { showResults: options.showResults ?? true });
    const layouted = await layoutDiagram(graph, await bundledElk(), { direction: options.direction ?? 'right' });
    return renderSvg(layouted, { theme: options.theme ?? 'light' });
}
