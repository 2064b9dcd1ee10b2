/**
 * The one home of the language's words, typed against the grammar's generated keyword union
 * (`TocKeywordNames`): a keyword renamed, added or removed in toc.langium is a compile error here until
 * the tables below say which language it belongs to. Completion, the formatter, the language of a
 * document and the syntax messages all read these tables.
 */
import type { Horizon, TocKeywordNames } from '../generated/ast.js';
import { TocTerminals } from '../generated/ast.js';
import type { HorizonJson } from '../model/model-json.js';

type Punctuation = '%' | ',' | '->' | '<' | '<=' | '=' | '>' | '>=' | '{' | '}' | '≤' | '≥';
/** A keyword made of letters. */
export type KeywordWord = Exclude<TocKeywordNames, Punctuation>;

/** English keyword -> its Dutch twin. */
export const EN_TO_NL = {
    theory: 'theorie', vision: 'visie', challenge: 'uitdaging', goal: 'doel', subgoal: 'tussendoel', action: 'actie',
    result: 'resultaat', baseline: 'nulmeting', measurement: 'meting', owner: 'trekker', priority: 'prioriteit',
    step: 'stap', assumption: 'aanname', by: 'tegen', high: 'hoog', medium: 'middel', low: 'laag', ST: 'KT', MT: 'MLT',
} as const satisfies Partial<Record<KeywordWord, KeywordWord>>;

/** Keywords that are the same in both languages. */
export const SHARED_KEYWORDS = ['import', 'indicator', 'norm', 'partner', 'LT'] as const satisfies readonly KeywordWord[];

export type EnglishKeyword = keyof typeof EN_TO_NL;
export type DutchKeyword = (typeof EN_TO_NL)[EnglishKeyword];

// Every keyword of the grammar is in exactly one of the tables above.
type Unlisted = Exclude<KeywordWord, EnglishKeyword | DutchKeyword | (typeof SHARED_KEYWORDS)[number]>;
const everyKeywordListed: [Unlisted] extends [never] ? true : { unlisted: Unlisted } = true;
void everyKeywordListed;

export const ENGLISH_KEYWORDS: ReadonlySet<string> = new Set<EnglishKeyword>(Object.keys(EN_TO_NL) as EnglishKeyword[]);
export const DUTCH_KEYWORDS: ReadonlySet<string> = new Set<DutchKeyword>(Object.values(EN_TO_NL));
/** Every keyword of the language: a name cannot be one of these. */
export const ALL_KEYWORDS: ReadonlySet<string> = new Set<KeywordWord>([...ENGLISH_KEYWORDS, ...DUTCH_KEYWORDS, ...SHARED_KEYWORDS] as KeywordWord[]);

/** The time horizons, short to long, in each language. */
export const HORIZONS = { nl: ['KT', 'MLT', 'LT'], en: ['ST', 'MT', 'LT'] } as const satisfies Record<'nl' | 'en', readonly Horizon[]>;
export const HORIZON_WORDS: ReadonlySet<string> = new Set<Horizon>([...HORIZONS.nl, ...HORIZONS.en]);
const SPANS = ['short', 'medium', 'long'] as const satisfies readonly HorizonJson[];
/** KT and ST are both "short": the span a horizon word stands for, whatever its language. */
export function horizonSpan(word: Horizon): HorizonJson {
    const i = (HORIZONS.nl as readonly Horizon[]).indexOf(word);
    return SPANS[i >= 0 ? i : (HORIZONS.en as readonly Horizon[]).indexOf(word)]!; // every Horizon is in one of the lists
}

/** The grammar's own token shapes, for code that reads text without parsing it (formatter, rename). */
export const TOKEN = TocTerminals;
/** The whole text is one name (the grammar's ID). */
export const NAME = new RegExp(`^(?:${TocTerminals.ID.source})$`);
