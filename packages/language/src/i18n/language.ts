/** Which language a document speaks: the one most of its keywords are written in (Dutch wins ties only when it leads). */
import { DUTCH_KEYWORDS as DUTCH, ENGLISH_KEYWORDS as ENGLISH } from '../parser/keywords.js';

export type Lang = 'en' | 'nl';

export interface KeywordCount { nl: number; en: number }

export function countKeywords(keywords: Iterable<string>): KeywordCount {
    let nl = 0, en = 0;
    for (const k of keywords) {
        if (DUTCH.has(k)) nl++;
        else if (ENGLISH.has(k)) en++;
    }
    return { nl, en };
}

/** Decides from the keywords used; `fallback` applies when no keyword tells (an empty file). */
export function languageOfCount(count: KeywordCount, fallback: Lang = 'en'): Lang {
    if (count.nl === count.en) return fallback;
    return count.nl > count.en ? 'nl' : 'en';
}

export function languageOfKeywords(keywords: Iterable<string>, fallback: Lang = 'en'): Lang {
    return languageOfCount(countKeywords(keywords), fallback);
}

/** Words that give a file name away as Dutch or English (`mijn-plan.toc`, `our-theory.toc`); a name like `plan.toc` tells nothing. */
const DUTCH_NAME_WORDS = new Set(['mijn', 'ons', 'onze', 'theorie', 'veranderingstheorie', 'actieplan', 'uitdaging', 'doelen', 'acties',
    'buurt', 'buurtwerk', 'werking', 'gezinnen', 'jongeren', 'jeugdwerk', 'welzijn', 'zorg', 'nieuw', 'nieuwe', 'beleidsplan', 'vzw']);
const ENGLISH_NAME_WORDS = new Set(['my', 'our', 'theory', 'change', 'new', 'action', 'actions', 'goals', 'challenge', 'neighbourhood',
    'neighborhood', 'families', 'youth', 'care', 'welfare', 'policy']);

export function languageOfFileName(fileName: string): Lang | undefined {
    const base = fileName.split(/[\\/]/).pop()!.replace(/\.toc$/i, '').toLowerCase();
    const words = base.split(/[^\p{L}]+/u).filter(Boolean);
    const nl = words.filter(w => DUTCH_NAME_WORDS.has(w)).length;
    const en = words.filter(w => ENGLISH_NAME_WORDS.has(w)).length;
    return nl === en ? undefined : nl > en ? 'nl' : 'en';
}
