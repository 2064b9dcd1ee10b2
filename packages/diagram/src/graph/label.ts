/**
 * The words on a box: the element's name read as words. Names are single identifiers
 * (`SocialeContacten`, `HuisVanHetKind`, `Fase2`, `OCMW_Overleg`); the box shows them split at
 * capitals, digits, underscores and hyphens, the first word as written and the others in lower
 * case, so `SocialeContacten` reads "Sociale contacten". Words written in capitals (OCMW, KT) stay
 * as they are. The name itself stays in the hover, the search and every message of the checks.
 *
 * Why the name and not the description's first words: the name is what the writer typed, what the
 * checks and the text refer to, and it is short; a description's first words are often the same
 * for several boxes ("Jonge gezinnen ...").
 */
export function readableLabel(name: string): string {
    const words = name
        .replace(/[_\-]+/g, ' ')
        // fooBar -> foo Bar; FOOBar -> FOO Bar; foo2 -> foo 2; 2foo -> 2 foo
        .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
        .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
        .replace(/(\p{L})(\p{N})/gu, '$1 $2')
        .replace(/(\p{N})(\p{L})/gu, '$1 $2')
        .split(/\s+/)
        .filter(w => w.length > 0);
    return words.map((w, i) => (i === 0 || isAcronym(w) ? w : w.toLocaleLowerCase('nl'))).join(' ');
}

function isAcronym(word: string): boolean {
    return word.length > 1 && word === word.toLocaleUpperCase('nl') && /\p{Lu}/u.test(word);
}
