/**
 * Every word the reports (plan, CSV, exports) put in front of a reader, in English and Dutch. A report
 * speaks the language of its document (TheoryJson.lang), so a Dutch plan yields a Dutch action plan.
 * Usage errors and help texts stay in English, like the rest of the command line.
 */
import { caption, GLOSSARY, kindCaptions } from 'toc-language/glossary';
import type { ElementKindJson, HorizonJson, LangJson, PriorityJson, ResultStateJson } from 'toc-language/model';
import { HORIZON_NAMES } from 'toc-language/plain';

export interface ReportMessages {
    lang: LangJson;
    kind: Record<ElementKindJson | 'result' | 'indicator', string>;
    kindPlural: Record<ElementKindJson, string>;
    horizon: Record<HorizonJson, string>;
    priority: Record<PriorityJson, string>;
    state: Record<ResultStateJson, string>;
    /** A result that has no norm cannot be judged: said apart from "not measured". */
    noNorm: string;
    severity: Record<'error' | 'warning' | 'info' | 'hint', string>;
    actionPlan: string;
    vision: string;
    source: (file: string, date: string) => string;
    summary: string;
    goalsCarried: (carried: number, total: number) => string;
    actionsCount: (n: number) => string;
    resultsLine: (met: number, notMet: number, notMeasured: number) => string;
    resultsWithoutNorm: (n: number) => string;
    openPoints: (n: number) => string;
    diagram: string;
    goalHeading: string;
    addresses: string;
    subgoals: string;
    goalResults: string;
    noActionYet: string;
    noActionForSubgoal: string;
    actionsWithoutGoal: string;
    actionsWithoutGoalIntro: string;
    seeAbove: (goal: string) => string;
    /** Actions of other files (that import this one) work toward the goal. */
    carriedFromElsewhere: (actions: string) => string;
    alsoServes: (goals: string) => string;
    col: {
        goals: string; action: string; description: string; horizon: string; contributesTo: string; results: string;
        norms: string; status: string; indicators: string; latest: string; owner: string; partners: string; steps: string;
        priority: string; who: string; resultsAndIndicators: string;
    };
    norm: string;
    by: string;
    latestMeasurement: string;
    baseline: string;
    noMeasurement: string;
    noResult: string;
    noIndicator: string;
    noWarnings: string;
    line: (n: number) => string;
    madeWith: string;
    overview: string;
    none: string;
    fromOtherFile: string;
    assumptions: string;
    card: { goals: string; actions: string; results: string; open: string };
    legend: string;
    measuredAgainstNorm: (value: string, norm: string) => string;
    trendOf: (indicator: string) => string;
}

const en: ReportMessages = {
    lang: 'en',
    // The kinds in the glossary's words, as the editor and the diagram name them.
    kind: kindCaptions('en'),
    kindPlural: { challenge: 'Challenges', goal: 'Goals', subgoal: 'Subgoals', action: 'Actions' },
    horizon: HORIZON_NAMES.en,
    priority: { high: 'high priority', medium: 'medium priority', low: 'low priority' },
    state: { met: 'met', 'not-met': 'not met', 'not-measured': 'not measured yet' },
    noNorm: 'no norm yet',
    severity: { error: 'Error', warning: 'Warning', info: 'Note', hint: 'Hint' },
    actionPlan: 'Action plan',
    vision: 'Vision',
    source: (file, date) => `From ${file}, made on ${date}.`,
    summary: 'At a glance',
    goalsCarried: (c, t) => `${c} of ${t} ${t === 1 ? 'goal' : 'goals'} ${c === 1 ? 'is' : 'are'} carried by actions`,
    actionsCount: n => `${n} ${n === 1 ? 'action' : 'actions'}`,
    resultsLine: (m, nm, nx) => `Results: ${m} met, ${nm} not met, ${nx} not measured yet`,
    resultsWithoutNorm: n => `${n} ${n === 1 ? 'result has' : 'results have'} no norm yet`,
    openPoints: n => `${n} open ${n === 1 ? 'point' : 'points'} to look at`,
    diagram: 'The theory of change',
    goalHeading: 'Goal',
    addresses: 'Addresses',
    subgoals: 'Subgoals',
    goalResults: 'Results',
    noActionYet: 'No action works toward this goal yet.',
    noActionForSubgoal: 'no action yet',
    actionsWithoutGoal: 'Actions not linked to a goal',
    actionsWithoutGoalIntro: 'These actions do not (yet) contribute to any goal.',
    seeAbove: goal => `described under goal ${goal}`,
    carriedFromElsewhere: actions => `Carried by actions in files that import this one: ${actions}.`,
    alsoServes: goals => `Also serves: ${goals}`,
    col: {
        goals: 'Goals', action: 'Action', description: 'Description', horizon: 'Horizon', contributesTo: 'Contributes to',
        results: 'Results', norms: 'Norms', status: 'Status', indicators: 'Indicators', latest: 'Latest measurement',
        owner: caption('en', 'owner'), partners: 'Partners', steps: 'First steps', priority: 'Priority', who: 'Who',
        resultsAndIndicators: 'Results, norms and indicators',
    },
    norm: 'norm',
    by: 'by',
    latestMeasurement: 'latest',
    baseline: GLOSSARY.en.baseline.word,
    noMeasurement: 'no measurement yet',
    noResult: 'No result yet: when is this action a success?',
    noIndicator: 'no indicator yet',
    noWarnings: 'The checks found nothing to look at.',
    line: n => `line ${n}`,
    madeWith: 'Made with toc plan from the theory of change.',
    overview: 'All actions',
    none: '—',
    fromOtherFile: 'from another file',
    assumptions: 'Assumptions',
    card: { goals: 'goals carried by actions', actions: 'actions', results: 'results', open: 'open points' },
    legend: 'Status of the results',
    measuredAgainstNorm: (v, n) => `measured ${v}, norm ${n}`,
    trendOf: i => `Measurements of ${i} over time, against the norm and its deadline`,
};

const nl: ReportMessages = {
    lang: 'nl',
    kind: kindCaptions('nl'),
    kindPlural: { challenge: 'Uitdagingen', goal: 'Doelen', subgoal: 'Tussendoelen', action: 'Acties' },
    horizon: HORIZON_NAMES.nl,
    priority: { high: 'hoge prioriteit', medium: 'middelhoge prioriteit', low: 'lage prioriteit' },
    state: { met: 'gehaald', 'not-met': 'niet gehaald', 'not-measured': 'nog niet gemeten' },
    noNorm: 'nog geen norm',
    severity: { error: 'Fout', warning: 'Waarschuwing', info: 'Opmerking', hint: 'Tip' },
    actionPlan: 'Actieplan',
    vision: 'Visie',
    source: (file, date) => `Uit ${file}, opgemaakt op ${date}.`,
    summary: 'In één oogopslag',
    goalsCarried: (c, t) => t === 1 ? `${c} van 1 doel ${c === 1 ? 'wordt' : 'worden'} door acties gedragen` : `${c} van de ${t} doelen ${c === 1 ? 'wordt' : 'worden'} door acties gedragen`,
    actionsCount: n => `${n} ${n === 1 ? 'actie' : 'acties'}`,
    resultsLine: (m, nm, nx) => `Resultaten: ${m} gehaald, ${nm} niet gehaald, ${nx} nog niet gemeten`,
    resultsWithoutNorm: n => `${n} ${n === 1 ? 'resultaat heeft' : 'resultaten hebben'} nog geen norm`,
    openPoints: n => `${n} ${n === 1 ? 'open punt' : 'open punten'} om te bekijken`,
    diagram: 'De veranderingstheorie',
    goalHeading: 'Doel',
    addresses: 'Speelt in op',
    subgoals: 'Tussendoelen',
    goalResults: 'Resultaten',
    noActionYet: 'Er werkt nog geen enkele actie aan dit doel.',
    noActionForSubgoal: 'nog geen actie',
    actionsWithoutGoal: 'Acties zonder doel',
    actionsWithoutGoalIntro: 'Deze acties dragen (nog) niet bij aan een doel.',
    seeAbove: goal => `beschreven onder doel ${goal}`,
    carriedFromElsewhere: actions => `Gedragen door acties in bestanden die dit bestand importeren: ${actions}.`,
    alsoServes: goals => `Werkt ook aan: ${goals}`,
    col: {
        goals: 'Doelen', action: 'Actie', description: 'Omschrijving', horizon: 'Termijn', contributesTo: 'Draagt bij aan',
        results: 'Resultaten', norms: 'Normen', status: 'Stand', indicators: 'Indicatoren', latest: 'Laatste meting',
        owner: caption('nl', 'owner'), partners: 'Partners', steps: 'Eerste stappen', priority: 'Prioriteit', who: 'Wie',
        resultsAndIndicators: 'Resultaten, normen en indicatoren',
    },
    norm: 'norm',
    by: 'tegen',
    latestMeasurement: 'laatste meting',
    baseline: GLOSSARY.nl.baseline.word,
    noMeasurement: 'nog geen meting',
    noResult: 'Nog geen resultaat: wanneer is deze actie geslaagd?',
    noIndicator: 'nog geen indicator',
    noWarnings: 'De controles vonden niets om te bekijken.',
    line: n => `regel ${n}`,
    madeWith: 'Gemaakt met toc plan uit de veranderingstheorie.',
    overview: 'Alle acties',
    none: '—',
    fromOtherFile: 'uit een ander bestand',
    assumptions: 'Aannames',
    card: { goals: 'doelen door acties gedragen', actions: 'acties', results: 'resultaten', open: 'open punten' },
    legend: 'Stand van de resultaten',
    measuredAgainstNorm: (v, n) => `gemeten ${v}, norm ${n}`,
    trendOf: i => `Metingen van ${i} in de tijd, tegen de norm en de termijn`,
};

export const REPORT_MESSAGES: Record<LangJson, ReportMessages> = { en, nl };

export function reportMessages(lang: LangJson | undefined): ReportMessages {
    return REPORT_MESSAGES[lang ?? 'en'] ?? en;
}
