/** Which language a document speaks: the one most of its keywords are written in (Dutch wins ties only when it leads). */
export type Lang = 'en' | 'nl';

const DUTCH = new Set(['theorie', 'visie', 'uitdaging', 'doel', 'tussendoel', 'actie', 'resultaat', 'nulmeting', 'meting',
    'trekker', 'prioriteit', 'stap', 'aanname', 'tegen', 'KT', 'MLT', 'hoog', 'middel', 'laag']);
const ENGLISH = new Set(['theory', 'vision', 'challenge', 'goal', 'subgoal', 'action', 'result', 'baseline', 'measurement',
    'owner', 'priority', 'step', 'assumption', 'by', 'ST', 'MT', 'high', 'medium', 'low']);

/** Decides from the keywords used; `fallback` applies when no keyword tells (an empty file). */
export function languageOfKeywords(keywords: Iterable<string>, fallback: Lang = 'en'): Lang {
    let nl = 0, en = 0;
    for (const k of keywords) {
        if (DUTCH.has(k)) nl++;
        else if (ENGLISH.has(k)) en++;
    }
    if (nl === en) return fallback;
    return nl > en ? 'nl' : 'en';
}
