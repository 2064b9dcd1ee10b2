/** Which keyword fits a document's language, and which keyword writes which kind of element (for the editor). */
import type { Horizon } from '../generated/ast.js';
import type { Lang } from '../i18n/language.js';
import type { ElementKind } from '../i18n/messages.js';
import { DUTCH_KEYWORDS as DUTCH_ONLY, EN_TO_NL, ENGLISH_KEYWORDS as ENGLISH_ONLY, HORIZONS, type KeywordWord } from '../parser/keywords.js';

/** Whether a keyword belongs in a document of that language (undefined: the document has not chosen yet). */
export function keywordFits(keyword: string, lang: Lang | undefined): boolean {
    if (lang === 'nl') return !ENGLISH_ONLY.has(keyword);
    if (lang === 'en') return !DUTCH_ONLY.has(keyword);
    return true;
}

export const KEYWORD_KIND: Readonly<Partial<Record<KeywordWord, ElementKind>> & Record<string, ElementKind | undefined>> = {
    challenge: 'challenge', uitdaging: 'challenge', goal: 'goal', doel: 'goal', subgoal: 'subgoal', tussendoel: 'subgoal',
    action: 'action', actie: 'action', result: 'result', resultaat: 'result', indicator: 'indicator',
};

/** The keyword of a kind in a language. */
export function kindKeyword(lang: Lang, kind: ElementKind): string {
    return lang === 'nl' && kind !== 'indicator' ? EN_TO_NL[kind] : kind;
}

export function horizonsOf(lang: Lang): Horizon[] {
    return [...HORIZONS[lang]];
}
