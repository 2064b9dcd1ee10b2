/**
 * The nodes and edges an export draws: the same as the diagram's (packages/diagram, toDiagramGraph):
 * every challenge, goal, subgoal and action, and one edge per contributing pair, where an arrow written
 * out wins over the same contribution by nesting.
 */
import type { ElementJson, TheoryJson } from 'toc-language/model';

export interface ExportEdge {
    from: string;
    to: string;
    implicit: boolean;
}

export function exportGraph(theory: TheoryJson): { nodes: ElementJson[]; edges: ExportEdge[] } {
    const nodes: ElementJson[] = [];
    const ids = new Set<string>();
    for (const el of theory.elements) {
        if (ids.has(el.id)) continue;
        ids.add(el.id);
        nodes.push(el);
    }
    const edges = new Map<string, ExportEdge>();
    for (const c of theory.contributions) {
        if (!ids.has(c.from) || !ids.has(c.to) || c.from === c.to) continue;
        const key = `${c.from}\u0000${c.to}`;
        const known = edges.get(key);
        if (known) known.implicit = known.implicit && c.implicit;
        else edges.set(key, { from: c.from, to: c.to, implicit: c.implicit });
    }
    return { nodes, edges: [...edges.values()] };
}

/** A description cut to a length that fits in a box. */
export function shortText(text: string, max: number): string {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length <= max ? flat : flat.slice(0, max - 1).trimEnd() + '…';
}
