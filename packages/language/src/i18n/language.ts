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
