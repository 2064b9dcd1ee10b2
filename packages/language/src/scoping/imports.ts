/** `import "other.toc"`: paths are relative to the importing file. */
import { URI, UriUtils } from 'langium';
import type { Import, Theory } from '../generated/ast.js';

export function resolveImport(from: URI, imp: Import): URI | undefined {
    const p = imp.path?.trim();
    // A lone surrogate (an editor can send one) makes every URI operation throw: treat it as not found.
    if (!p || /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(p)) return undefined;
    try {
        if (p.startsWith('/')) return from.with({ path: p });
        return UriUtils.resolvePath(UriUtils.dirname(from), p);
    } catch {
        return undefined; // not a path at all (e.g. a lone %): the import check says it is not found
    }
}

export function importedUris(from: URI, theory: Theory): URI[] {
    const out: URI[] = [];
    for (const imp of theory.imports) {
        const uri = resolveImport(from, imp);
        if (uri && uri.toString() !== from.toString()) out.push(uri);
    }
    return out;
}
