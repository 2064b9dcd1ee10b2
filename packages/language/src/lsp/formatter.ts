/** The editor's Format Document / Format Selection: the canonical layout of format-text.ts as text edits. */
import type { LangiumDocument } from 'langium';
import type { Formatter } from 'langium/lsp';
import type {
    DocumentFormattingParams, DocumentOnTypeFormattingOptions, DocumentRangeFormattingParams, TextEdit,
} from 'vscode-languageserver';
import { firstReplacementCharacter } from '../workspace/text-encoding.js';
import { formatEdits } from './format-text.js';

export class TocFormatter implements Formatter {
    formatDocument(document: LangiumDocument, _params: DocumentFormattingParams): TextEdit[] {
        return this.edits(document);
    }

    /** Only the white space inside (or touching) the selection changes. */
    formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams): TextEdit[] {
        const doc = document.textDocument;
        const from = doc.offsetAt(params.range.start);
        const to = doc.offsetAt(params.range.end);
        return this.edits(document, g => g.end >= from && g.start <= to);
    }

    formatDocumentOnType(): TextEdit[] {
        return [];
    }

    get formatOnTypeOptions(): DocumentOnTypeFormattingOptions | undefined {
        return undefined;
    }

    private edits(document: LangiumDocument, keep: (g: { start: number; end: number }) => boolean = () => true): TextEdit[] {
        const doc = document.textDocument;
        // Text that lost characters in decoding is left alone: no edit may make its save look routine.
        if (firstReplacementCharacter(doc.getText()) >= 0) return [];
        return formatEdits(doc.getText()).filter(keep).map(g => ({
            range: { start: doc.positionAt(g.start), end: doc.positionAt(g.end) },
            newText: g.newText,
        }));
    }
}
