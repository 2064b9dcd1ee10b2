/**
 * What is said about a toc.config.json itself (a misspelt rule, a severity that does not exist, text
 * that is not JSON), in English and Dutch. The team that wrote the file may never have seen JSON
 * before: each message says what is ignored because of it, and what to write instead.
 */
import type { ConfigProblem, ConfigProblemArgs } from '../config/toc-config.js';
import type { Lang } from './language.js';

type ArgsOf<K extends ConfigProblem['kind']> = Extract<ConfigProblemArgs, { kind: K }>['args'];
type Messages = { [K in ConfigProblem['kind']]: (a: ArgsOf<K>) => string };

const SEVERITIES: Record<Lang, string> = {
    en: '"off", "hint", "info", "warning" or "error"',
    nl: '"off", "hint", "info", "warning" of "error"',
};

const MESSAGES: Record<Lang, Messages> = {
    en: {
        'invalid-json': a => `This file cannot be read as JSON${a.found !== undefined ? `: \`${a.found}\` is not expected here` : a.atEnd ? ': it ends too early' : ''}. `
            + (a.hint === 'trailing-comma' ? 'Remove the comma before it: there is no comma after the last item. '
                : a.hint === 'quotes' ? 'Names and words go between straight double quotes, like "norm-met". '
                    : a.atEnd ? 'Perhaps a closing } or " is missing. ' : 'Check the double quotes, commas and braces around it. ')
            + `Until this is fixed, the whole file is ignored and every rule keeps its default.`,
        'not-an-object': () => `The settings go between braces, like { "rules": { "missing-description": "off" } }. This file is ignored.`,
        'rules-not-an-object': () => `After "rules" the rules go between braces, like "rules": { "missing-description": "off" }. These rules are ignored.`,
        'unknown-rule': a => `There is no rule "${a.rule}", so this setting does nothing. `
            + (a.suggestion ? `Did you mean "${a.suggestion}"?` : `Check the spelling against the list of rules (docs/rules.md).`),
        'bad-severity': a => `Rule "${a.rule}" takes ${SEVERITIES.en}, not ${a.value}, so it keeps its default.`
            + (a.suggestion ? ` Did you mean "${a.suggestion}"?` : ''),
        'fixed-rule': a => `"${a.rule}" is always an error and cannot be changed: without it nothing else can be trusted. This setting is ignored.`,
        'bad-language': a => `"language" takes "nl" (Dutch) or "en" (English), not ${a.value}, so each file's keywords decide its language.`
            + (a.suggestion ? ` Did you mean "${a.suggestion}"?` : ''),
        'bad-stale-months': a => `"measurementStaleMonths" takes a whole number of months from 1 to 120, like 6, not ${a.value}, so it is ignored: a measurement counts as stale after 6 months.`,
        'unknown-setting': a => `"${a.key}" is not a setting of toc.config.json, so it does nothing. `
            + (a.suggestion ? `Did you mean "${a.suggestion}"?` : `The file knows "rules", "language" and "measurementStaleMonths".`),
    },
    nl: {
        'invalid-json': a => `Dit bestand is geen geldige JSON${a.found !== undefined ? `: \`${a.found}\` hoort hier niet` : a.atEnd ? ': het houdt te vroeg op' : ''}. `
            + (a.hint === 'trailing-comma' ? 'Haal de komma ervoor weg: na het laatste item staat geen komma. '
                : a.hint === 'quotes' ? 'Namen en woorden staan tussen rechte dubbele aanhalingstekens, zoals "norm-met". '
                    : a.atEnd ? 'Misschien ontbreekt een sluitende } of ". ' : "Kijk de dubbele aanhalingstekens, komma's en accolades errond na. ")
            + `Tot dit hersteld is, wordt het hele bestand genegeerd en houdt elke controle haar standaardernst.`,
        'not-an-object': () => `De instellingen staan tussen accolades, zoals { "rules": { "missing-description": "off" } }. Dit bestand wordt genegeerd.`,
        'rules-not-an-object': () => `Na "rules" staan de controles tussen accolades, zoals "rules": { "missing-description": "off" }. Deze instellingen worden genegeerd.`,
        'unknown-rule': a => `Er bestaat geen controle "${a.rule}", dus deze instelling doet niets. `
            + (a.suggestion ? `Bedoel je "${a.suggestion}"?` : `Kijk de schrijfwijze na in de lijst van controles (docs/rules.md).`),
        'bad-severity': a => `Controle "${a.rule}" kan ${SEVERITIES.nl} zijn, niet ${a.value}, dus ze houdt haar standaardernst.`
            + (a.suggestion ? ` Bedoel je "${a.suggestion}"?` : ''),
        'fixed-rule': a => `"${a.rule}" is altijd een fout en kan niet veranderd worden: zonder die controle valt niets anders te vertrouwen. Deze instelling wordt genegeerd.`,
        'bad-language': a => `"language" kan "nl" (Nederlands) of "en" (Engels) zijn, niet ${a.value}, dus de sleutelwoorden van elk bestand bepalen de taal.`
            + (a.suggestion ? ` Bedoel je "${a.suggestion}"?` : ''),
        'bad-stale-months': a => `"measurementStaleMonths" is een geheel aantal maanden van 1 tot 120, zoals 6, niet ${a.value}, dus het wordt genegeerd: een meting is verouderd na 6 maanden.`,
        'unknown-setting': a => `"${a.key}" is geen instelling van toc.config.json, dus het doet niets. `
            + (a.suggestion ? `Bedoel je "${a.suggestion}"?` : `Het bestand kent "rules", "language" en "measurementStaleMonths".`),
    },
};

/** The message for one problem of a toc.config.json. */
export function configProblemMessage(lang: Lang, problem: ConfigProblemArgs): string {
    const message = MESSAGES[lang][problem.kind] as (a: unknown) => string;
    return message(problem.args);
}
