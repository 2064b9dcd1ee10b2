/** Colours for the text: keywords (from the grammar), strings, comments, arrows, numbers and dates. */
import { HighlightStyle, StreamLanguage, syntaxHighlighting } from '@codemirror/language';
import { tags } from '@lezer/highlight';
import type { Extension } from '@codemirror/state';
import keywordPattern from 'virtual:keywords';

const keyword = new RegExp(keywordPattern.replace(/^\\b/, ''));

interface State { inComment: boolean }

const toc = StreamLanguage.define<State>({
    name: 'toc',
    startState: () => ({ inComment: false }),
    token(stream, state) {
        if (state.inComment) {
            if (stream.skipTo('*/')) {
                stream.pos += 2;
                state.inComment = false;
            } else stream.skipToEnd();
            return 'comment';
        }
        if (stream.eatSpace()) return null;
        if (stream.match('//')) {
            stream.skipToEnd();
            return 'comment';
        }
        if (stream.match('/*')) {
            state.inComment = true;
            return 'comment';
        }
        if (stream.peek() === '"') {
            stream.next();
            while (!stream.eol() && stream.next() !== '"') { /* to the closing quote */ }
            return 'string';
        }
        if (stream.match('->')) return 'operator';
        if (stream.match(/^\d{4}-\d{2}(-\d{2})?\b/) || stream.match(/^\d+([.,]\d+)?%?/)) return 'number';
        if (stream.match(keyword)) return 'keyword';
        if (stream.match(/^[\p{L}_][\p{L}\p{N}_.]*/u)) return 'variableName';
        stream.next();
        return null;
    },
    languageData: { commentTokens: { line: '//', block: { open: '/*', close: '*/' } } },
});

const style = HighlightStyle.define([
    { tag: tags.keyword, color: '#0b54a0', fontWeight: '600' },
    { tag: tags.string, color: '#8a3b12' },
    { tag: tags.comment, color: '#5b6b5b', fontStyle: 'italic' },
    { tag: tags.operator, color: '#6f2da8', fontWeight: '600' },
    { tag: tags.number, color: '#0f6b45' },
]);

export function tocLanguage(): Extension {
    return [toc, syntaxHighlighting(style)];
}
