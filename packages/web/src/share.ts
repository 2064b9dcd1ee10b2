/**
 * The share link: every file of the theory, compressed (deflate, the browser's own CompressionStream) into
 * the URL fragment. A fragment is never sent to a server, so the theory stays with whoever has the link.
 */
export interface Shared { files: Record<string, string>; active: string }

const PREFIX = '#t=';
/** Many mail programs cut or break links longer than this. */
export const MAIL_SAFE_LENGTH = 2000;

export async function shareLink(base: string, shared: Shared): Promise<string> {
    const json = new TextEncoder().encode(JSON.stringify(shared));
    const packed = await pipe(json, new CompressionStream('deflate-raw'));
    return base.replace(/#.*$/, '') + PREFIX + toBase64Url(packed);
}

/** The theory in a link's fragment, undefined when there is none, an Error when it is damaged. */
export async function readShareLink(hash: string): Promise<Shared | Error | undefined> {
    if (!hash.startsWith(PREFIX)) return undefined;
    try {
        const bytes = await pipe(fromBase64Url(hash.slice(PREFIX.length)), new DecompressionStream('deflate-raw'));
        const value = JSON.parse(new TextDecoder().decode(bytes)) as Partial<Shared>;
        if (!value || typeof value.files !== 'object' || typeof value.active !== 'string') return new Error('not a theory');
        const files: Record<string, string> = {};
        for (const [name, text] of Object.entries(value.files ?? {})) if (typeof text === 'string') files[name] = text;
        if (!(value.active in files)) return new Error('not a theory');
        return { files, active: value.active };
    } catch (e) {
        return e instanceof Error ? e : new Error(String(e));
    }
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
    const out = new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream));
    return new Uint8Array(await out.arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
    let s = '';
    for (const b of bytes) s += String.fromCharCode(b);
    return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
    const s = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
    return out;
}
