/** Search by name and description: case and accents do not matter ("financien" finds "Financiën"). */
import type { ElementJson, TheoryJson } from 'toc-language/model';

export function fold(s: string): string {
    return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The elements whose name (camel case read as words too) or description holds the query, in text order. */
export function searchElements(model: TheoryJson, query: string): ElementJson[] {
    const q = fold(query.trim());
    if (!q) return [];
    return model.elements.filter(e => {
        const name = fold(e.name);
        const words = fold(e.name.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2'));
        return name.includes(q) || words.includes(q) || fold(e.description ?? '').includes(q);
    });
}
