/**
 * The words of the method, fixed once in both languages: what each is called, what it means in the method,
 * and a one-line example. Hovers, completion, the command line and the diagram name things with these
 * words; docs/glossary.md is the same list for people (test/language/glossary.test.ts keeps them equal).
 */
import type { Lang } from './language.js';

export type Term =
    | 'theory' | 'challenge' | 'goal' | 'subgoal' | 'action' | 'result' | 'norm' | 'indicator'
    | 'baseline' | 'measurement' | 'horizon' | 'owner' | 'diagram';

export interface Entry {
    /** The word, as the product says it. */
    word: string;
    /** What it is in the method, in one sentence. */
    meaning: string;
    /** How it is written in a .toc file (no example for words that are not written). */
    example?: string;
    /** Other words for the same thing that the product must not use (test/language/glossary.test.ts looks for them). */
    avoid?: string[];
}

export const GLOSSARY: Record<Lang, Record<Term, Entry>> = {
    en: {
        theory: { word: 'theory of change', meaning: 'How the organisation\'s actions lead, step by step, to the change in society it aims for.', example: 'theory "Caring neighbourhood"' },
        challenge: { word: 'challenge', meaning: 'The problem in society the organisation wants to help solve.', example: 'challenge Loneliness "Young families hardly know each other."' },
        goal: { word: 'goal', meaning: 'A lasting change, in the long term, that addresses a challenge.', example: 'goal Contact -> Loneliness "More social contact among young families."' },
        subgoal: { word: 'subgoal', meaning: 'What must be true on the way to a goal; actions work toward it.', example: 'subgoal KnowEachOther "Young families know and talk to each other."', avoid: ['intermediate goal', 'sub-goal', 'objective'] },
        action: { word: 'action', meaning: 'What the organisation does, with a time horizon, to reach a subgoal or goal.', example: 'action GameAfternoon ST -> KnowEachOther "A monthly game afternoon."', avoid: ['activity', 'activities', 'intervention'] },
        result: { word: 'result', meaning: 'What we want to see when an action succeeds, fixed in a norm.', example: 'result Turnout "30% of the families come." { norm >= 30% }', avoid: ['outcome'] },
        norm: { word: 'norm', meaning: 'The number at which a result counts as reached, optionally by a date.', example: 'norm >= 30% by 2026-12' },
        indicator: { word: 'indicator', meaning: 'What is measured to know whether the norm is reached.', example: 'indicator SignIn "Sign-in sheet per afternoon"' },
        baseline: { word: 'baseline', meaning: 'The value of an indicator before the action started.', example: 'baseline 2025-09 12%', avoid: ['zero measurement', 'starting value'] },
        measurement: { word: 'measurement', meaning: 'A value of an indicator on a date; the latest one decides whether the norm is met.', example: 'measurement 2026-09 34%' },
        horizon: { word: 'time horizon', meaning: 'When an action should bear fruit: ST short term, MT medium term, LT long term.', example: 'action GameAfternoon ST' },
        owner: { word: 'owner', meaning: 'Who carries an action (or goal) and reports on it.', example: 'owner "Community worker"', avoid: ['person responsible'] },
        diagram: { word: 'diagram', meaning: 'The picture of the theory: actions on the left, the challenge on the right, results as traffic lights.', avoid: ['preview'] },
    },
    nl: {
        theory: { word: 'veranderingstheorie', meaning: 'Hoe de acties van de organisatie stap voor stap leiden tot de verandering in de samenleving die ze nastreeft.', example: 'theorie "Zorgzame buurt"' },
        challenge: { word: 'uitdaging', meaning: 'Het probleem in de samenleving dat de organisatie mee wil oplossen.', example: 'uitdaging Isolement "Jonge gezinnen kennen elkaar nauwelijks."' },
        goal: { word: 'doel', meaning: 'Een blijvende verandering op lange termijn die op een uitdaging inspeelt.', example: 'doel SocialeContacten -> Isolement "De sociale contacten onder jonge gezinnen vergroten."', avoid: ['doelstelling'] },
        subgoal: { word: 'tussendoel', meaning: 'Wat onderweg naar een doel waar moet zijn; acties werken eraan.', example: 'tussendoel ElkaarKennen "Jonge gezinnen kennen elkaar en praten met elkaar."', avoid: ['subdoel', 'deeldoel', 'tussentijds doel'] },
        action: { word: 'actie', meaning: 'Wat de organisatie doet, met een termijn, om een tussendoel of doel te bereiken.', example: 'actie Spelnamiddag KT -> ElkaarKennen "Iedere maand een spelnamiddag."' },
        result: { word: 'resultaat', meaning: 'Wat we willen zien als een actie geslaagd is, vastgelegd in een norm.', example: 'resultaat Aanwezigheid "30% van de gezinnen komt." { norm >= 30% }', avoid: ['uitkomst'] },
        norm: { word: 'norm', meaning: 'Het getal waarbij een resultaat bereikt is, eventueel tegen een datum.', example: 'norm >= 30% tegen 2026-12' },
        indicator: { word: 'indicator', meaning: 'Wat gemeten wordt om te weten of de norm gehaald is.', example: 'indicator Aftekenlijst "Aftekenlijst per spelnamiddag"' },
        baseline: { word: 'nulmeting', meaning: 'De waarde van een indicator voor de actie begon.', example: 'nulmeting 2025-09 12%', avoid: ['beginmeting', 'basislijn'] },
        measurement: { word: 'meting', meaning: 'Een waarde van een indicator op een datum; de laatste beslist of de norm gehaald is.', example: 'meting 2026-09 34%' },
        horizon: { word: 'termijn', meaning: 'Wanneer een actie vrucht moet dragen: KT korte termijn, MLT middellange termijn, LT lange termijn.', example: 'actie Spelnamiddag KT', avoid: ['tijdshorizon'] },
        owner: { word: 'trekker', meaning: 'Wie een actie (of doel) trekt en erover rapporteert.', example: 'trekker "Buurtwerker"', avoid: ['verantwoordelijke'] },
        diagram: { word: 'schema', meaning: 'Het beeld van de theorie: acties links, de uitdaging rechts, resultaten als verkeerslichten.', avoid: ['tekening'] },
    },
};

export function term(lang: Lang, t: Term): Entry {
    return GLOSSARY[lang][t];
}

/** A word as a caption or heading: the glossary's word with a capital ("Subgoal", "Tussendoel"). */
export function caption(lang: Lang, t: Term): string {
    const w = GLOSSARY[lang][t].word;
    return w.charAt(0).toUpperCase() + w.slice(1);
}

export type KindTerm = 'challenge' | 'goal' | 'subgoal' | 'action' | 'result' | 'indicator';

/** The captions of the element kinds, for the diagram's boxes and the reports' headings. */
export function kindCaptions(lang: Lang): Record<KindTerm, string> {
    return {
        challenge: caption(lang, 'challenge'), goal: caption(lang, 'goal'), subgoal: caption(lang, 'subgoal'),
        action: caption(lang, 'action'), result: caption(lang, 'result'), indicator: caption(lang, 'indicator'),
    };
}
