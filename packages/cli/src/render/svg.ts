/** The diagram as SVG, drawn by packages/diagram: the one renderer the preview uses too. */
import type { TheoryJson } from 'toc-language/model';
import { renderTheorySvg, type RenderTheoryOptions } from 'toc-diagram';

export type RenderOptions = RenderTheoryOptions;

export function renderSvg(theory: TheoryJson, options: RenderOptions): Promise<string> {
    return renderTheorySvg(theory, options);
}
