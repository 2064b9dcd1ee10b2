/**
 * What the editor says: hover texts, completion details, snippet placeholders, quick-fix titles and
 * rename refusals, in English and Dutch. The editor features (src/lsp/) take every sentence from here.
 */
import type { Horizon } from '../generated/ast.js';
import { HORIZON_WORDS, horizonSpan } from '../parser/keywords.js';
import { HORIZON_NAMES } from '../plain/horizon-names.js';
import type { Lang } from './language.js';
import { kindName, type ElementKind } from './messages.js';

const PLURAL: Record<Lang, Record<ElementKind, string>> = {
    en: { challenge: 'challenges', goal: 'goals', subgoal: 'subgoals', action: 'actions', result: 'results', indicator: 'indicators' },
    nl: { challenge: 'uitdagingen', goal: 'doelen', subgoal: 'tussendoelen', action: 'acties', result: 'resultaten', indicator: 'indicatoren' },
};

/** "1 action" / "3 acties". */
export function countOf(lang: Lang, kind: ElementKind, n: number): string {
    return `${n} ${n === 1 ? kindName(lang, kind) : PLURAL[lang][kind]}`;
}

const PRIORITY_MEANING: Record<string, string> = {
    hoog: 'hoge prioriteit', middel: 'gemiddelde prioriteit', laag: 'lage prioriteit',
    high: 'high priority', medium: 'medium priority', low: 'low priority',
};

/** "long term" needs the document's language: LT is the same word in both. */
export function horizonMeaning(lang: Lang, horizon: Horizon): string {
    return HORIZON_NAMES[lang][horizonSpan(horizon)];
}

/** What a horizon or priority word means, for completion and hover; undefined for any other word. */
export function wordMeaning(lang: Lang, word: string): string | undefined {
    return HORIZON_WORDS.has(word) ? horizonMeaning(lang, word as Horizon) : PRIORITY_MEANING[word];
}

export type ResultStateWord = 'met' | 'not-met' | 'not-measured';

const EDITOR = {
    en: {
        keyword: 'keyword',
        fromFile: (file: string) => `from ${file}`,
        contributesTo: 'Contributes to',
        contributors: 'Contributions to it',
        nothing: 'nothing yet',
        none: 'none yet',
        owner: 'Owner',
        partners: 'Partners',
        horizon: 'Horizon',
        priority: 'Priority',
        norm: 'Norm',
        baseline: 'Baseline',
        noNorm: 'no norm yet',
        status: 'Status',
        state: { met: 'met', 'not-met': 'not met', 'not-measured': 'not measured' } as Record<ResultStateWord, string>,
        latest: (value: string, date: string) => `latest measurement ${value} (${date})`,
        measurements: (n: number) => n === 1 ? '1 measurement' : `${n} measurements`,
        trendOf: (name: string) => `Measurements of ${name} over time, against the norm and its deadline`,
        results: 'Results',
        example: 'Example',
        deadline: 'Deadline',
        noDeadline: 'none',
        notMeasuredYet: 'not measured yet',
        placeholderNorm: 'Not a norm yet: `>= 0` is the template\'s, and every measurement meets it. Type the number at which the result counts as reached.',
        otherNorm: 'Not counted: a result has one norm, and the first one counts.',
        placeInSeries: (i: number, n: number, indicator: string) => i === n ? `the latest of ${n} measurements of ${indicator}` : `measurement ${i} of ${n} of ${indicator}`,
        previous: 'Previous',
        /** Inlay hint after a goal or subgoal. */
        actionsCarry: (n: number) => n === 1 ? '1 action' : `${n} actions`,
        snippet: {
            name: 'Name', target: 'Target', challengeText: 'What is the problem in society?', goalText: 'What do we want to reach in the long term?',
            subgoalText: 'What must be true on the way?', actionText: 'What do we do?', resultText: 'What do we want to see?',
            indicatorText: 'How do we measure it?', detail: (kind: string) => `a whole ${kind}, to fill in`,
            label: 'template: Tab to the next blank',
        },
        fix: {
            addHorizon: (h: string, meaning: string) => `Add the horizon ${h} (${meaning})`,
            addResult: 'Add a result with a norm and an indicator',
            addIndicator: 'Add an indicator',
            addNorm: 'Add a norm',
            addAction: (name: string) => `Add an action that contributes to \`${name}\``,
            addGoal: (name: string) => `Add a goal for \`${name}\``,
            addDescription: 'Add a description',
            create: (kind: string, name: string) => `Create ${kind} \`${name}\``,
            removeTarget: (name: string) => `Remove \`${name}\` from the contributions`,
            replaceWith: (name: string) => `Change to \`${name}\``,
            resultText: 'What do we want to see, and when?',
            indicatorText: 'How will we know?',
            descriptionText: 'Describe it in one sentence.',
        },
        rename: {
            notHere: 'Only the name of a challenge, goal, subgoal, action, result or indicator can be renamed.',
            empty: 'A name cannot be empty.',
            notAName: (name: string) => `\`${name}\` cannot be a name: a name starts with a letter or _ and holds only letters, digits and _ (no spaces).`,
            keyword: (name: string) => `\`${name}\` is a keyword of the language and cannot be a name.`,
            taken: (name: string, file: string, line: number) => `The name \`${name}\` is already used in ${file} (line ${line}). Choose another name.`,
        },
    },
    nl: {
        keyword: 'sleutelwoord',
        fromFile: (file: string) => `uit ${file}`,
        contributesTo: 'Draagt bij aan',
        contributors: 'Dragen hieraan bij',
        nothing: 'nog niets',
        none: 'nog niets',
        owner: 'Trekker',
        partners: 'Partners',
        horizon: 'Termijn',
        priority: 'Prioriteit',
        norm: 'Norm',
        baseline: 'Nulmeting',
        noNorm: 'nog geen norm',
        status: 'Stand',
        state: { met: 'gehaald', 'not-met': 'niet gehaald', 'not-measured': 'niet gemeten' } as Record<ResultStateWord, string>,
        latest: (value: string, date: string) => `laatste meting ${value} (${date})`,
        measurements: (n: number) => n === 1 ? '1 meting' : `${n} metingen`,
        trendOf: (name: string) => `Metingen van ${name} in de tijd, tegen de norm en de termijn`,
        results: 'Resultaten',
        example: 'Voorbeeld',
        deadline: 'Deadline',
        noDeadline: 'geen',
        notMeasuredYet: 'nog niet gemeten',
        placeholderNorm: 'Nog geen norm: `>= 0` komt uit het sjabloon, en elke meting haalt die. Typ het getal waarbij het resultaat bereikt is.',
        otherNorm: 'Telt niet mee: een resultaat heeft één norm, en de eerste telt.',
        placeInSeries: (i: number, n: number, indicator: string) => i === n ? `de laatste van ${n} metingen van ${indicator}` : `meting ${i} van ${n} van ${indicator}`,
        previous: 'Vorige',
        actionsCarry: (n: number) => n === 1 ? '1 actie' : `${n} acties`,
        snippet: {
            name: 'Naam', target: 'Doel', challengeText: 'Wat is het probleem in de samenleving?', goalText: 'Wat willen we op lange termijn bereiken?',
            subgoalText: 'Wat moet er onderweg waar zijn?', actionText: 'Wat doen we?', resultText: 'Wat willen we zien?',
            indicatorText: 'Hoe meten we het?', detail: (kind: string) => `${kind}, volledig om in te vullen`,
            label: 'sjabloon: Tab naar het volgende vak',
        },
        fix: {
            addHorizon: (h: string, meaning: string) => `Voeg de termijn ${h} toe (${meaning})`,
            addResult: 'Voeg een resultaat toe met een norm en een indicator',
            addIndicator: 'Voeg een indicator toe',
            addNorm: 'Voeg een norm toe',
            addAction: (name: string) => `Voeg een actie toe die bijdraagt aan \`${name}\``,
            addGoal: (name: string) => `Voeg een doel toe voor \`${name}\``,
            addDescription: 'Voeg een omschrijving toe',
            create: (kind: string, name: string) => `Maak ${kind} \`${name}\` aan`,
            removeTarget: (name: string) => `Haal \`${name}\` weg uit de bijdragen`,
            replaceWith: (name: string) => `Verander in \`${name}\``,
            resultText: 'Wat willen we zien, en tegen wanneer?',
            indicatorText: 'Hoe weten we het?',
            descriptionText: 'Beschrijf het in één zin.',
        },
        rename: {
            notHere: 'Alleen de naam van een uitdaging, doel, tussendoel, actie, resultaat of indicator kan hernoemd worden.',
            empty: 'Een naam kan niet leeg zijn.',
            notAName: (name: string) => `\`${name}\` kan geen naam zijn: een naam begint met een letter of _ en bevat alleen letters, cijfers en _ (geen spaties).`,
            keyword: (name: string) => `\`${name}\` is een sleutelwoord van de taal en kan geen naam zijn.`,
            taken: (name: string, file: string, line: number) => `De naam \`${name}\` wordt al gebruikt in ${file} (regel ${line}). Kies een andere naam.`,
        },
    },
};

export type EditorMessages = (typeof EDITOR)['en'];

export function editorMessages(lang: Lang): EditorMessages {
    return EDITOR[lang];
}
