/** `toc export json|mermaid|dot` as a real process: the same nodes and edges as the diagram, labels escaped. */
import { beforeAll, describe, expect, it } from 'vitest';
import { drawnEdges, ensureBuilt, runToc, theories, theoryJson } from './support.js';

beforeAll(() => ensureBuilt(), 180_000);

/** Reads the nodes and edges back out of Mermaid text. */
function readMermaid(text: string) {
    const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
    const lines = body.split('\n').filter(l => l.trim());
    expect(lines[0]).toBe('flowchart LR');
    const nodes = new Map<string, string>();
    const edges: Array<{ from: string; to: string; dotted: boolean }> = [];
    for (const line of lines.slice(1)) {
        const node = /^ {4}([A-Za-z0-9_]+)\["([^"]*)"\]:::(\w+)$/.exec(line);
        const edge = /^ {4}([A-Za-z0-9_]+) (-->|-\.->) ([A-Za-z0-9_]+)$/.exec(line);
        if (node) nodes.set(node[1]!, node[2]!);
        else if (edge) edges.push({ from: edge[1]!, to: edge[3]!, dotted: edge[2] === '-.->' });
        else expect(line, 'every Mermaid line is a node, an edge or a class').toMatch(/^ {4}classDef \w+ [^"]+$/);
    }
    return { nodes, edges };
}

/** Reads the nodes and edges back out of dot text (quoted ids, escaped labels). */
function readDot(text: string) {
    expect(text).toMatch(/^digraph \w+ \{\n/);
    expect(text).toContain('rankdir=LR;');
    expect(text.trimEnd().endsWith('}')).toBe(true);
    const str = '"((?:[^"\\\\]|\\\\.)*)"';
    const nodes = new Map<string, string>();
    const edges: Array<{ from: string; to: string }> = [];
    for (const line of text.split('\n')) {
        const node = new RegExp(`^ {4}${str} \\[label=${str}, `).exec(line);
        const edge = new RegExp(`^ {4}${str} -> ${str}( \\[style=dashed\\])?;$`).exec(line);
        const unescape = (s: string) => s.replace(/\\(.)/g, (_, c) => (c === 'n' ? '\n' : c));
        if (node) nodes.set(unescape(node[1]!), unescape(node[2]!));
        if (edge) edges.push({ from: unescape(edge[1]!), to: unescape(edge[2]!) });
    }
    return { nodes, edges };
}

describe.each(theories())('toc export %s', file => {
    it('json is the TheoryJson', () => {
        const r = runToc(['export', 'json', file]);
        expect(r.code).toBe(0);
        const t = JSON.parse(r.stdout);
        expect(t.version).toBe(1);
        expect(['en', 'nl']).toContain(t.lang);
        expect(Array.isArray(t.elements) && Array.isArray(t.contributions)).toBe(true);
        expect(t.uri).toMatch(/^file:/);
    });

    it('mermaid: a flowchart LR with every node and every edge of the diagram', () => {
        const t = theoryJson(file);
        const r = runToc(['export', 'mermaid', file]);
        expect(r.code).toBe(0);
        const { nodes, edges } = readMermaid(r.stdout);
        expect(nodes.size).toBe(t.elements.length);
        // Ids are ASCII and unique; find each element by its (escaped) name in its label.
        const idOf = new Map<string, string>();
        for (const el of t.elements) {
            const match = [...nodes].filter(([, label]) => label.includes(`: ${el.name.replace(/"/g, '#quot;')}</b>`));
            expect(match.length, el.id).toBeGreaterThanOrEqual(1);
            const exact = match.find(([id]) => id.endsWith(el.id.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9_]/g, '_'))) ?? match[0];
            idOf.set(el.id, exact![0]);
        }
        expect(new Set(idOf.values()).size).toBe(t.elements.length);
        const written = new Set(edges.map(e => `${e.from} ${e.to}`));
        const expected = drawnEdges(t);
        expect(edges).toHaveLength(expected.length);
        for (const e of expected) expect(written.has(`${idOf.get(e.from)} ${idOf.get(e.to)}`), `${e.from}->${e.to}`).toBe(true);
        for (const label of nodes.values()) expect(label.replace(/<\/?b>|<br\/>/g, '')).not.toMatch(/["<>]/);
    });

    it('dot: a digraph with every node and every edge, labels that read back to the names', () => {
        const t = theoryJson(file);
        const r = runToc(['export', 'dot', file]);
        expect(r.code).toBe(0);
        const { nodes, edges } = readDot(r.stdout);
        expect([...nodes.keys()].sort()).toEqual(t.elements.map(e => e.id).sort());
        for (const el of t.elements) expect(nodes.get(el.id)!.split('\n')[0]).toContain(el.name);
        const expected = drawnEdges(t);
        expect(edges).toHaveLength(expected.length);
        const written = new Set(edges.map(e => `${e.from}->${e.to}`));
        for (const e of expected) expect(written.has(`${e.from}->${e.to}`)).toBe(true);
    });
});

describe('toc export escaping', () => {
    const file = 'test/cli/fixtures/youth-work.toc';

    it('mermaid writes quotes, #, <, > and & as entity codes', () => {
        const text = runToc(['export', 'mermaid', file]).stdout;
        const challenge = /c_Exclusion\["([^"]*)"\]/.exec(text)![1];
        expect(challenge).toContain('#quot;no place to go#quot;');
        expect(challenge).toContain('#35;1 reason');
        const goal = /g_Belonging\["([^"]*)"\]/.exec(text)![1];
        expect(goal).toContain('#lt;here#gt;');
        expect(text).toMatch(/^title: "Youth work <Noord> & \\"Zuid\\""$/m);
    });

    it('dot escapes quotes and keeps descriptions inside their label', () => {
        const text = runToc(['export', 'dot', file]).stdout;
        expect(text).toContain('\\"no place to go\\"');
        expect(readDot(text).nodes.get('Exclusion')).toContain('"no place to go"');
    });

    it('unknown export kind or a missing file: exit 2, one line', () => {
        for (const args of [['export', 'pdf', file], ['export'], ['export', 'json'], ['export', 'json', 'nope.toc']]) {
            const r = runToc(args);
            expect(r.code, args.join(' ')).toBe(2);
            expect(r.stderr.trimEnd().split('\n'), args.join(' ')).toHaveLength(1);
        }
    });
});
