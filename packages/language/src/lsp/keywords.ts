/** The keyword pairs of the two languages, and which keyword writes which kind of element. */
import type { Lang } from '../i18n/language.js';
import type { ElementKind } from '../i18n/messages.js';

/** English keyword -> its Dutch twin. `indicator`, `norm`, `partner`, `import` and `LT` are the same in both. */
export const EN_TO_NL: Readonly<Record<string, string>> = {
    theory: 'theorie', vision: 'visie', challenge: 'uitdaging', goal: 'doel', subgoal: 'tussendoel', action: 'actie',
    result: 'resultaat', baseline: 'nulmeting', measurement: 'meting', owner: 'trekker', priority: 'prioriteit',
    step: 'stap', assumption: 'aanname', by: 'tegen', high: 'hoog', medium: 'middel', low: 'laag', ST: 'KT', MT: 'MLT',
};

const ENGLISH_ONLY = new Set(Object.keys(EN_TO_NL));
const DUTCH_ONLY = new Set(Object.values(EN_TO_NL));

/** Whether a keyword belongs in a document of that language (undefined: the document has not chosen yet). */
export function keywordFits(keyword: string, lang: Lang | undefined): boolean {
    if (lang === 'nl') return !ENGLISH_ONLY.has(keyword);
    if (lang === 'en') return !DUTCH_ONLY.has(keyword);
    return true;
}

export const KEYWORD_KIND: Readonly<Record<string, ElementKind>> = {
    challenge: 'challenge', uitdaging: 'challenge', goal: 'goal', doel: 'goal', subgoal: 'subgoal', tussendoel: 'subgoal',
    action: 'action', actie: 'action', result: 'result', resultaat: 'result', indicator: 'indicator',
};

/** The keyword of a kind in a language. */
export function kindKeyword(lang: Lang, kind: ElementKind): string {
    const en = kind;
    return lang === 'nl' ? EN_TO_NL[en] ?? en : en;
}

export function horizonsOf(lang: Lang): string[] {
    return lang === 'nl' ? ['KT', 'MLT', 'LT'] : ['ST', 'MT', 'LT'];
}

/** Every keyword of the language: a name cannot be one of these. */
export const ALL_KEYWORDS: ReadonlySet<string> = new Set([
    ...ENGLISH_ONLY, ...DUTCH_ONLY, 'import', 'indicator', 'norm', 'partner', 'LT',
]);
