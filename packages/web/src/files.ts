/**
 * The page's files (several, so one may import another) and their autosave in the browser's storage, so a
 * closed tab loses nothing. Before a link or an example replaces them, the files are kept once more, as the
 * previous work the examples menu can bring back.
 */
export interface FileSet { files: Record<string, string>; active: string }

const CURRENT = 'toc-playground:files';
const PREVIOUS = 'toc-playground:previous';

/** `buurtwerk.toc`: a file name without folders, so imports between the page's files stay relative. */
export function cleanName(name: string): string | undefined {
    const base = name.split(/[\\/]/).pop()?.trim() ?? '';
    if (!/^[\p{L}\p{N}_][\p{L}\p{N}_ .-]*$/u.test(base)) return undefined;
    return base;
}

/** Every page file lives in one folder; its URI is what the language server sees. */
export function uriOf(name: string): string {
    return `file:///${encodeURIComponent(name)}`;
}

export function nameOf(uri: string): string | undefined {
    const name = /^file:\/\/\/([^/]+)$/.exec(uri)?.[1];
    return name !== undefined ? decodeURIComponent(name) : undefined;
}

export function loadSaved(key: 'current' | 'previous' = 'current'): FileSet | undefined {
    try {
        const raw = localStorage.getItem(key === 'current' ? CURRENT : PREVIOUS);
        const value = raw ? JSON.parse(raw) as FileSet : undefined;
        return value && typeof value.files === 'object' && value.active in value.files ? value : undefined;
    } catch {
        return undefined; // storage blocked or damaged: start afresh
    }
}

export function save(set: FileSet, key: 'current' | 'previous' = 'current'): void {
    try {
        localStorage.setItem(key === 'current' ? CURRENT : PREVIOUS, JSON.stringify(set));
    } catch {
        // storage full or blocked (a private window may refuse): the page still works, without autosave
    }
}

export function sameFiles(a: FileSet, b: FileSet): boolean {
    return JSON.stringify(a.files) === JSON.stringify(b.files);
}
