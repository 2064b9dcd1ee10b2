/** The words of the Word plan that the other reports do not have, in English and Dutch. */
import type { LangJson } from 'toc-language/model';

export const DOCX_WORDS: Record<LangJson, {
    challenges: string; goalsAndSubgoals: string; actions: string; results: string; indicators: string;
    openPoints: string; madeOn: (date: string) => string; none: string;
}> = {
    en: {
        challenges: 'Challenges', goalsAndSubgoals: 'Goals and subgoals', actions: 'Actions', results: 'Results and norms',
        indicators: 'Indicators', openPoints: 'Open points', madeOn: d => `Made on ${d} with toc from the theory of change.`, none: '—',
    },
    nl: {
        challenges: 'Uitdagingen', goalsAndSubgoals: 'Doelen en tussendoelen', actions: 'Acties', results: 'Resultaten en normen',
        indicators: 'Indicatoren', openPoints: 'Open punten', madeOn: d => `Opgemaakt op ${d} met toc uit de veranderingstheorie.`, none: '—',
    },
};
