/**
 * Where things are in a JSON text, for messages about toc.config.json: the range of each key and value
 * of the outer object and of the object under one key ("rules"), and, for text that is not JSON, the
 * place where reading stops. JSON.parse stays the judge of what the file means; this only points.
 */

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

class ScanError extends Error {
    constructor(readonly at: JsonError) {
        super('JSON scan error');
    }
}

/** Deeper than this, the scanner stops pointing (JSON.parse still judges); no realistic config is this deep. */
const MAX_DEPTH = 500;

/**
 * Reads `text` as JSON: the outline of the outer object, or the first place where it is not JSON.
 * Never throws.
 */
export function scanJson(text: string): { outline?: JsonOutline; error?: JsonError } {
    try {
        const scanner = new Scanner(text);
        const outline = scanner.document();
        return { outline };
    } catch (e) {
        if (e instanceof ScanError) return { error: e.at };
        return {};
    }
}

class Scanner {
    private i = 0;

    constructor(private readonly text: string) {}

    document(): JsonOutline {
        this.ws();
        const members: JsonMember[] = [];
        const nested = new Map<string, JsonMember[]>();
        const root = this.value(0, members, nested);
        this.ws();
        if (this.i < this.text.length) this.fail();
        return { root, members, nested };
    }

    /** Reads a value; members of an object at depth 0 (and 1, into `nested`) are recorded. */
    private value(depth: number, members?: JsonMember[], nested?: Map<string, JsonMember[]>): JsonSpan {
        if (depth > MAX_DEPTH) throw new Error('too deep');
        const start = this.i;
        const c = this.text[this.i];
        if (c === '{') this.object(depth, members, nested);
        else if (c === '[') this.array(depth);
        else if (c === '"') this.string();
        else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) this.number();
        else if (this.text.startsWith('true', this.i)) this.i += 4;
        else if (this.text.startsWith('false', this.i)) this.i += 5;
        else if (this.text.startsWith('null', this.i)) this.i += 4;
        else this.fail();
        return { start, end: this.i };
    }

    private object(depth: number, members?: JsonMember[], nested?: Map<string, JsonMember[]>): void {
        this.i++; // {
        this.ws();
        if (this.text[this.i] === '}') {
            this.i++;
            return;
        }
        for (;;) {
            this.ws();
            if (this.text[this.i] !== '"') this.fail();
            const keyStart = this.i;
            this.string();
            const keySpan = { start: keyStart, end: this.i };
            const key = JSON.parse(this.text.slice(keyStart, this.i)) as string;
            this.ws();
            if (this.text[this.i] !== ':') this.fail();
            this.i++;
            this.ws();
            const inner: JsonMember[] | undefined = nested ? [] : undefined;
            const valueSpan = this.value(depth + 1, inner);
            members?.push({ key, keySpan, valueSpan });
            if (nested && inner && this.text[valueSpan.start] === '{') nested.set(key, inner);
            else nested?.delete(key);
            this.ws();
            const next = this.text[this.i];
            if (next === ',') {
                this.i++;
                continue;
            }
            if (next === '}') {
                this.i++;
                return;
            }
            this.fail();
        }
    }

    private array(depth: number): void {
        this.i++; // [
        this.ws();
        if (this.text[this.i] === ']') {
            this.i++;
            return;
        }
        for (;;) {
            this.ws();
            this.value(depth + 1);
            this.ws();
            const next = this.text[this.i];
            if (next === ',') {
                this.i++;
                continue;
            }
            if (next === ']') {
                this.i++;
                return;
            }
            this.fail();
        }
    }

    private string(): void {
        this.i++; // "
        for (;;) {
            const c = this.text[this.i];
            if (c === undefined) this.fail();
            if (c === '"') {
                this.i++;
                return;
            }
            if (c === '\\') {
                const e = this.text[this.i + 1];
                if (e === 'u') {
                    if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.i + 2, this.i + 6))) this.fail(this.i);
                    this.i += 6;
                } else if (e !== undefined && '"\\/bfnrt'.includes(e)) {
                    this.i += 2;
                } else {
                    this.fail(this.i);
                }
                continue;
            }
            if (c < ' ') this.fail(); // a line break or control character inside a string
            this.i++;
        }
    }

    private number(): void {
        const m = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(this.text.slice(this.i, this.i + 400));
        if (!m || m[0] === '-') this.fail();
        this.i += m![0].length;
    }

    private ws(): void {
        while (this.i < this.text.length && ' \t\n\r'.includes(this.text[this.i])) this.i++;
    }

    private fail(at = this.i): never {
        if (at >= this.text.length) throw new ScanError({ offset: this.text.length });
        const word = /^[A-Za-z0-9_$-]+/.exec(this.text.slice(at, at + 40));
        const found = word ? word[0].slice(0, 30) : String.fromCodePoint(this.text.codePointAt(at)!);
        throw new ScanError({ offset: at, found });
    }
}

/** 0-based line and character (UTF-16 units, as LSP counts) of an offset. */
export function positionAt(text: string, offset: number): { line: number; character: number } {
    let line = 0;
    let lineStart = 0;
    const end = Math.min(offset, text.length);
    for (let i = 0; i < end; i++) {
        if (text.charCodeAt(i) === 10) {
            line++;
            lineStart = i + 1;
        }
    }
    return { line, character: end - lineStart };
}
