/**
 * Where things are in a JSON text, for messages about toc.config.json: the range of each key and value
 * of the outer object and of the object under one key ("rules"), and, for text that is not JSON, the
 * place where reading stops. JSON.parse stays the judge of what the file means; this only points.
 * The positions come from jsonc-parser (VS Code's own JSON parser), in its strict mode: no trailing
 * commas, and no comments (toc-config.ts blanks them out first).
 */
import { createScanner, parseTree, type Node, type ParseError } from 'jsonc-parser';

export interface JsonSpan {
    start: number;
    end: number;
}

export interface JsonMember {
    key: string;
    keySpan: JsonSpan;
    valueSpan: JsonSpan;
}

export interface JsonOutline {
    /** The outer value. */
    root: JsonSpan;
    /** Members of the outer object, in order (a repeated key appears twice; JSON.parse keeps the last). */
    members: JsonMember[];
    /** Members of the objects under the outer keys, by key. */
    nested: Map<string, JsonMember[]>;
}

export interface JsonError {
    /** Offset of the token that cannot stand there, or of the end of the text. */
    offset: number;
    /** That token as written (a word, or one character); undefined at the end of the text. */
    found?: string;
}

/**
 * Reads `text` as JSON: the outline of the outer object, or the first place where it is not JSON.
 * Never throws.
 */
export function scanJson(text: string): { outline?: JsonOutline; error?: JsonError } {
    const errors: ParseError[] = [];
    let root: Node | undefined;
    try {
        root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    } catch {
        return {}; // nesting deep enough to exhaust the stack: JSON.parse still judges, nothing to point at
    }
    if (errors.length > 0 || !root) return { error: errorAt(text, errors[0]?.offset ?? text.length) };
    const nested = new Map<string, JsonMember[]>();
    const members = membersOf(root);
    for (const m of root.type === 'object' ? root.children ?? [] : []) {
        const [key, value] = m.children ?? [];
        if (key && value?.type === 'object') nested.set(key.value as string, membersOf(value));
        else if (key) nested.delete(key.value as string);
    }
    return { outline: { root: spanOf(root), members, nested } };
}

function membersOf(node: Node): JsonMember[] {
    if (node.type !== 'object') return [];
    return (node.children ?? []).flatMap(property => {
        const [key, value] = property.children ?? [];
        return key && value ? [{ key: key.value as string, keySpan: spanOf(key), valueSpan: spanOf(value) }] : [];
    });
}

function spanOf(node: Node): JsonSpan {
    return { start: node.offset, end: node.offset + node.length };
}

/** The word or character at `at` as the user wrote it, for "`x` is not expected here". */
function errorAt(text: string, at: number): JsonError {
    if (at >= text.length) return { offset: text.length };
    const word = /^[A-Za-z0-9_$-]+/.exec(text.slice(at, at + 40));
    return { offset: at, found: word ? word[0].slice(0, 30) : String.fromCodePoint(text.codePointAt(at)!) };
}

/**
 * `text` with its comments (`//` and `/* *\/`) turned into spaces, line breaks kept, so every offset
 * stays where it was written; and the offset of a block comment that is never closed, if any.
 */
export function blankComments(text: string): { text: string; unclosed?: number } {
    const scanner = createScanner(text, false);
    const parts: string[] = [];
    let from = 0, unclosed: number | undefined;
    for (let kind = scanner.scan(); kind !== 17 /* SyntaxKind.EOF */; kind = scanner.scan()) {
        if (kind !== 12 /* LineCommentTrivia */ && kind !== 13 /* BlockCommentTrivia */) continue;
        const at = scanner.getTokenOffset(), end = at + scanner.getTokenLength();
        if (kind === 13 && scanner.getTokenError() === 1 /* ScanError.UnexpectedEndOfComment */) unclosed ??= at;
        parts.push(text.slice(from, at), text.slice(at, end).replace(/[^\r\n]/g, ' '));
        from = end;
    }
    parts.push(text.slice(from));
    return { text: parts.join(''), unclosed };
}
