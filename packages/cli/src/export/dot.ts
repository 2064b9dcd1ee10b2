/**
 * `toc export dot`: a Graphviz digraph, left to right like the diagram. Ids and labels are quoted
 * strings; a label escapes `\` and `"` and writes line breaks as `\n`, so a description can never
 * change the graph's structure or trigger Graphviz's own escapes (`\N`, `\G`).
 */
import type { ElementJson, TheoryJson } from 'toc-language/model';
import { reportMessages } from '../messages.js';
import { exportGraph, shortText } from './graph.js';

export function dotString(text: string): string {
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\n')}"`;
}

const STYLE: Record<ElementJson['kind'], string> = {
    challenge: 'fillcolor="#fde8e7", color="#b42318"',
    goal: 'fillcolor="#e8f0f8", color="#2f5d8a"',
    subgoal: 'fillcolor="#eef4fb", color="#5b86b3"',
    action: 'fillcolor="#e9f5ec", color="#1b7f3b"',
};

/** Wraps a description on word boundaries so boxes stay narrow. */
function wrap(text: string, width: number): string {
    const words = text.split(' ');
    const lines: string[] = [];
    let line = '';
    for (const w of words) {
        if (line && line.length + 1 + w.length > width) {
            lines.push(line);
            line = w;
        } else line = line ? `${line} ${w}` : w;
    }
    if (line) lines.push(line);
    return lines.join('\n');
}

export function toDot(theory: TheoryJson): string {
    const m = reportMessages(theory.lang);
    const { nodes, edges } = exportGraph(theory);
    const lines = [
        'digraph theory {',
        '    rankdir=LR;',
        '    node [shape=box, style="rounded,filled", fontname="Helvetica", fontsize=11, margin="0.15,0.08"];',
        '    edge [color="#5b6472"];',
    ];
    if (theory.title) lines.push(`    label=${dotString(theory.title)}; labelloc=t; fontname="Helvetica"; fontsize=16;`);
    for (const n of nodes) {
        const head = `${m.kind[n.kind]}: ${n.name}${n.horizonLabel ? ` (${n.horizonLabel})` : ''}`;
        const label = n.description ? `${head}\n${wrap(shortText(n.description, 120), 40)}` : head;
        lines.push(`    ${dotString(n.id)} [label=${dotString(label)}, ${STYLE[n.kind]}${n.external ? ', style="rounded,filled,dashed"' : ''}];`);
    }
    for (const e of edges) lines.push(`    ${dotString(e.from)} -> ${dotString(e.to)}${e.implicit ? ' [style=dashed]' : ''};`);
    lines.push('}');
    return lines.join('\n') + '\n';
}
