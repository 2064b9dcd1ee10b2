/** toc-diagram: TheoryJson -> diagram graph -> ELK layout -> SVG. Pure: no VS Code, no DOM. */
export * from './core.js';
export { renderTheorySvg, type RenderTheoryOptions } from './render-theory.js';
