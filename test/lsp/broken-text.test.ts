/** While typing the text is mostly broken: no editor feature may throw on a half-written theory. */
import { describe, expect, it } from 'vitest';
import type { CodeAction } from 'vscode-languageserver';
import { applyEdits } from './lsp-client.js';
import { examples, services, syntaxErrors, validated } from './support.js';

describe('editor features on half-written text', () => {
    const [, text] = examples().find(([n]) => n.endsWith('zorgzame-buurt.toc'))!;
    const cuts: number[] = [];
    for (let i = 0; i < text.length; i += 53) cuts.push(i);

    it('answer without throwing at every cut of the example', async () => {
        const lsp = services.lsp;
        let answered = 0;
        for (const cut of cuts) {
            const document = await validated(text.slice(0, cut));
            const uri = { uri: document.uri.toString() };
            const end = document.textDocument.positionAt(cut);
            const mid = document.textDocument.positionAt(Math.floor(cut / 2));
            await lsp.CompletionProvider!.getCompletion(document, { textDocument: uri, position: end });
            await lsp.HoverProvider!.getHoverContent(document, { textDocument: uri, position: mid });
            await lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: uri });
            await lsp.SemanticTokenProvider!.semanticHighlight(document, { textDocument: uri });
            await lsp.InlayHintProvider!.getInlayHints(document, { textDocument: uri, range: { start: { line: 0, character: 0 }, end } });
            await lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument: uri });
            await lsp.DefinitionProvider!.getDefinition(document, { textDocument: uri, position: mid });
            const edits = await lsp.Formatter!.formatDocument(document, { textDocument: uri, options: { tabSize: 4, insertSpaces: true } });
            expect(applyEdits(document.textDocument.getText(), edits).replace(/\s+/g, '')).toBe(text.slice(0, cut).replace(/\s+/g, ''));
            for (const d of document.diagnostics ?? []) {
                const actions = await lsp.CodeActionProvider!.getCodeActions(document, { textDocument: uri, range: d.range, context: { diagnostics: [d] } }) as CodeAction[] | undefined;
                for (const a of actions ?? []) {
                    // A fix never adds a syntax error to a text that had none.
                    if (syntaxErrors(document).length === 0) {
                        const fixed = await validated(applyEdits(document.textDocument.getText(), a.edit!.changes![uri.uri]!));
                        expect(syntaxErrors(fixed), a.title).toEqual([]);
                    }
                }
            }
            answered++;
        }
        expect(answered).toBe(cuts.length);
    });
});
