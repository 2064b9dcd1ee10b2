/** Every word the diagram draws, in English and Dutch (Dutch when the theory uses Dutch keywords). */
import { caption, kindCaptions } from 'toc-language/glossary';
import type { ElementKindJson, HorizonJson, LangJson, ResultStateJson } from 'toc-language/model';
import { HORIZON_NAMES } from 'toc-language/plain';

export type DiagramKind = ElementKindJson | 'result' | 'indicator';

export interface DiagramMessages {
    kind: Record<DiagramKind, string>;
    status: Record<ResultStateJson, string>;
    horizon: Record<HorizonJson, string>;
    norm: string;
    by: string;
    measured: string;
    noNorm: string;
    /** What the trend chart in the details card shows, for screen readers. */
    trendOf: (indicator: string) => string;
    owner: string;
    partners: string;
    importedFrom(file: string): string;
    issues(count: number): string;
    contributesTo: string;
    /** The lighter arrow: a contribution written by nesting. */
    contributesByNesting: string;
    /** The dashed box. */
    importedLegend: string;
    /** The numbered badge (drawn only in the preview). */
    remarksLegend: string;
    /** Caption over the boxes that have no arrow yet. */
    notConnected: string;
    nestedIn: string;
    legend: string;
    emptyTitle: string;
    emptySteps: { text: string; code: string }[];
}

const en: DiagramMessages = {
    // The kinds and the owner in the glossary's words, so the diagram names things as the editor does.
    kind: kindCaptions('en'),
    status: { 'met': 'met', 'not-met': 'not met', 'not-measured': 'not measured yet' },
    horizon: HORIZON_NAMES.en,
    norm: 'Norm',
    by: 'by',
    measured: 'measured',
    noNorm: 'no norm yet',
    trendOf: i => `Measurements of ${i} over time, against the norm and its deadline`,
    owner: caption('en', 'owner'),
    partners: 'Partners',
    importedFrom: file => `from ${file}`,
    issues: n => (n === 1 ? '1 remark' : `${n} remarks`),
    contributesTo: 'contributes to',
    contributesByNesting: 'contributes to (written inside)',
    importedLegend: 'from another file',
    remarksLegend: 'remarks of the checks',
    notConnected: 'Not connected yet',
    nestedIn: 'written inside',
    legend: 'Legend',
    emptyTitle: 'Nothing to draw yet',
    emptySteps: [
        { text: 'Start with the challenge you want to tackle, for example:', code: 'challenge Loneliness "Older people in the neighbourhood feel alone."' },
        { text: 'Then add a goal that contributes to it:', code: 'goal Meeting -> Loneliness "Older people meet each other every week."' },
        { text: 'And an action that brings the goal closer:', code: 'action CoffeeMorning ST -> Meeting "A coffee morning every Tuesday."' },
    ],
};

const nl: DiagramMessages = {
    kind: kindCaptions('nl'),
    status: { 'met': 'gehaald', 'not-met': 'niet gehaald', 'not-measured': 'nog niet gemeten' },
    horizon: HORIZON_NAMES.nl,
    norm: 'Norm',
    by: 'tegen',
    measured: 'gemeten',
    noNorm: 'nog geen norm',
    trendOf: i => `Metingen van ${i} in de tijd, tegen de norm en de termijn`,
    owner: caption('nl', 'owner'),
    partners: 'Partners',
    importedFrom: file => `uit ${file}`,
    issues: n => (n === 1 ? '1 opmerking' : `${n} opmerkingen`),
    contributesTo: 'draagt bij aan',
    contributesByNesting: 'draagt bij aan (erin geschreven)',
    importedLegend: 'uit een ander bestand',
    remarksLegend: 'opmerkingen van de controles',
    notConnected: 'Nog niet verbonden',
    nestedIn: 'staat binnen',
    legend: 'Legende',
    emptyTitle: 'Nog niets om te tekenen',
    emptySteps: [
        { text: 'Begin met de uitdaging die je wilt aanpakken, bijvoorbeeld:', code: 'uitdaging Eenzaamheid "Ouderen in de buurt voelen zich alleen."' },
        { text: 'Voeg dan een doel toe dat eraan bijdraagt:', code: 'doel Ontmoeting -> Eenzaamheid "Ouderen ontmoeten elkaar elke week."' },
        { text: 'En een actie die het doel dichterbij brengt:', code: 'actie Koffieochtend KT -> Ontmoeting "Elke dinsdag een koffieochtend."' },
    ],
};

export function diagramMessages(lang: LangJson | undefined): DiagramMessages {
    return lang === 'nl' ? nl : en;
}
