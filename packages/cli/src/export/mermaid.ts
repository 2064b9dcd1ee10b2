/**
 * `toc export mermaid`: a `flowchart LR` that GitHub, GitLab and most Markdown tools draw. Ids are
 * reduced to ASCII letters, digits and `_` (Mermaid's own words such as `end` would break the chart, so
 * every id gets a kind prefix); labels are quoted, with Mermaid's entity codes for characters that
 * would end the quote or read as markup.
 */
import type { ElementJson, TheoryJson } from 'toc-language/model';
import { reportMessages } from '../messages.js';
import { exportGraph, shortText } from './graph.js';

const PREFIX: Record<ElementJson['kind'], string> = { challenge: 'c_', goal: 'g_', subgoal: 's_', action: 'a_' };

/** Text safe inside a quoted Mermaid label: `"`, `#`, `<`, `>`, `&` as entity codes (`#quot;`). */
export function escapeMermaid(text: string): string {
    return text.replace(/\s+/g, ' ').replace(/[#"<>&`]/g, c => ({ '#': '#35;', '"': '#quot;', '<': '#lt;', '>': '#gt;', '&': '#amp;', '`': '#96;' })[c]!);
}

/** One Mermaid id per element: ASCII only, prefixed by kind, unique (a counter settles collisions). */
export function mermaidIds(nodes: ElementJson[]): Map<string, string> {
    const ids = new Map<string, string>();
    const used = new Set<string>();
    for (const n of nodes) {
        const base = PREFIX[n.kind] + n.id.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9_]/g, '_');
        let id = base;
        for (let i = 2; used.has(id); i++) id = `${base}_${i}`;
        used.add(id);
        ids.set(n.id, id);
    }
    return ids;
}

export function toMermaid(theory: TheoryJson): string {
    const m = reportMessages(theory.lang);
    const { nodes, edges } = exportGraph(theory);
    const ids = mermaidIds(nodes);
    const lines = ['flowchart LR'];
    if (theory.title) lines.unshift('---', `title: "${theory.title.replace(/\s+/g, ' ').replace(/["\\]/g, c => `\\${c}`)}"`, '---');
    for (const n of nodes) {
        const head = `<b>${escapeMermaid(m.kind[n.kind])}: ${escapeMermaid(n.name)}</b>`
            + (n.horizonLabel ? ` (${escapeMermaid(n.horizonLabel)})` : '');
        const desc = n.description ? `<br/>${escapeMermaid(shortText(n.description, 80))}` : '';
        lines.push(`    ${ids.get(n.id)}["${head}${desc}"]:::${n.kind}`);
    }
    for (const e of edges) lines.push(`    ${ids.get(e.from)} ${e.implicit ? '-.->' : '-->'} ${ids.get(e.to)}`);
    lines.push(
        '    classDef challenge fill:#fde8e7,stroke:#b42318,color:#1d2433',
        '    classDef goal fill:#e8f0f8,stroke:#2f5d8a,color:#1d2433',
        '    classDef subgoal fill:#eef4fb,stroke:#5b86b3,color:#1d2433',
        '    classDef action fill:#e9f5ec,stroke:#1b7f3b,color:#1d2433',
    );
    return lines.join('\n') + '\n';
}
