/**
 * Names coloured by what they name, as in VS Code: the server's semantic tokens (lsp/semantic-tokens.ts:
 * a challenge, goal, subgoal, action, result or indicator each its own token type), in the colours of the
 * diagram's boxes, so an arrow's target reads as a goal or a subgoal in the text too. CodeMirror's LSP
 * client asks for no semantic tokens: the page asks once a file has been checked (its problems arrived).
 */
import { LSPPlugin, type LSPClient } from '@codemirror/lsp-client';
import { StateEffect, StateField, type Extension, type Range } from '@codemirror/state';
import { Decoration, EditorView, type DecorationSet } from '@codemirror/view';
import { editorPosition } from './positions.js';

/** The server's token type per element kind (lsp/semantic-tokens.ts KIND_TOKEN), to a class of the page. */
const KIND_OF_TOKEN: Record<string, string> = {
    namespace: 'challenge', class: 'goal', interface: 'subgoal', function: 'action', enumMember: 'result', property: 'indicator',
};

const setKinds = StateEffect.define<DecorationSet>();

const kinds = StateField.define<DecorationSet>({
    create: () => Decoration.none,
    update(value, tr) {
        for (const e of tr.effects) if (e.is(setKinds)) return e.value;
        return value.map(tr.changes);
    },
    provide: field => EditorView.decorations.from(field),
});

const marks = new Map(Object.values(KIND_OF_TOKEN).map(kind => [kind, Decoration.mark({ class: `toc-name-${kind}` })]));

/** Add to a .toc file's editor. */
export function kindColours(): Extension {
    return kinds;
}

/** Asks the server for the file's tokens and colours its names (call when the file was checked again). */
export async function refreshKindColours(client: LSPClient, view: EditorView): Promise<void> {
    const plugin = LSPPlugin.get(view);
    const legend = client.serverCapabilities?.semanticTokensProvider?.legend.tokenTypes;
    if (!plugin || !legend) return;
    const uri = plugin.uri;
    const version = client.workspace.getFile(uri)?.version;
    let tokens: { data: number[] } | null;
    try {
        tokens = await client.request<unknown, { data: number[] } | null>('textDocument/semanticTokens/full', { textDocument: { uri } });
    } catch {
        return; // the colours of the keywords stay; names keep the text's colour
    }
    if (!tokens || client.workspace.getFile(uri)?.version !== version) return;
    const ranges: Array<Range<Decoration>> = [];
    let line = 0;
    let character = 0;
    for (let i = 0; i + 5 <= tokens.data.length; i += 5) {
        const [dLine, dStart, length, type] = tokens.data.slice(i, i + 4) as [number, number, number, number];
        line += dLine;
        character = dLine === 0 ? character + dStart : dStart;
        const mark = marks.get(KIND_OF_TOKEN[legend[type] ?? ''] ?? '');
        if (!mark || line >= plugin.syncedDoc.lines) continue;
        const from = editorPosition(plugin, { line, character });
        const to = editorPosition(plugin, { line, character: character + length });
        if (to > from) ranges.push(mark.range(from, to));
    }
    view.dispatch({ effects: setKinds.of(Decoration.set(ranges, true)) });
}
