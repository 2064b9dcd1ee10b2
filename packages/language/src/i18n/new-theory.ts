/**
 * A new theory of change, filled in: the same start for the `toc init` command and the editor's "New
 * theory of change" command. It checks clean except for what a plan under construction still lacks, and
 * every comment says in the user's language what to do next. The words come from the glossary.
 */
import type { Lang } from './language.js';

const TEMPLATES: Record<Lang, string> = {
    nl: `// Een veranderingstheorie: van de uitdaging in de samenleving, over doelen en tussendoelen,
// naar de acties die jullie organisatie onderneemt. Vervang de voorbeelden door jullie eigen plan.
// Het schema ernaast: "Schema openen aan de zijkant" (Ctrl+K V). De woorden: docs/glossary.md.
theorie "Ons plan"
visie "Wat we op lange termijn zien veranderen in de buurt."

// De uitdaging: het probleem in de samenleving dat we mee willen oplossen.
uitdaging Isolement "Jonge gezinnen in de buurt kennen elkaar nauwelijks."

// Een doel speelt in op de uitdaging (->); tussendoelen zeggen wat onderweg waar moet zijn.
doel SocialeContacten -> Isolement "De sociale contacten onder jonge gezinnen vergroten." {
    tussendoel ElkaarKennen "Jonge gezinnen kennen elkaar en praten met elkaar."
}

// Een actie met een termijn (KT, MLT of LT) werkt aan een tussendoel. Het resultaat zegt wanneer ze
// geslaagd is: de norm legt het getal vast, de indicator zegt hoe we het meten.
actie Spelnamiddag KT -> ElkaarKennen "Iedere maand een spelnamiddag voor jonge gezinnen." {
    trekker "Buurtwerker"
    resultaat Aanwezigheid "30% van de jonge gezinnen uit de buurt komt." {
        norm >= 30%
        indicator Aftekenlijst "Aftekenlijst per spelnamiddag."
    }
}
`,
    en: `// A theory of change: from the challenge in society, through goals and subgoals, to the actions
// your organisation takes. Replace the examples with your own plan.
// The diagram beside it: "Open Diagram to the Side" (Ctrl+K V). The words: docs/glossary.md.
theory "Our plan"
vision "What we see change in the neighbourhood in the long term."

// The challenge: the problem in society we want to help solve.
challenge Loneliness "Young families in the neighbourhood hardly know each other."

// A goal addresses the challenge (->); subgoals say what must be true on the way.
goal Contact -> Loneliness "More social contact among young families." {
    subgoal KnowEachOther "Young families know and talk to each other."
}

// An action with a time horizon (ST, MT or LT) works toward a subgoal. Its result says when it succeeded:
// the norm fixes the number, the indicator says how we measure it.
action GameAfternoon ST -> KnowEachOther "A monthly game afternoon for young families." {
    owner "Community worker"
    result Turnout "30% of the young families in the neighbourhood come." {
        norm >= 30%
        indicator SignIn "Sign-in sheet per afternoon."
    }
}
`,
};

export function newTheoryText(lang: Lang): string {
    return TEMPLATES[lang];
}

export { languageOfFileName } from './language.js';
