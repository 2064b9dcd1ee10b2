/**
 * Every word the product says to a user, in English and Dutch. Checks, the syntax-error rewriter and
 * the command line take their text from here, never from string literals of their own, so the two
 * languages cannot drift apart.
 */
import { GLOSSARY } from './glossary.js';
import type { Lang } from './language.js';

export type ElementKind = 'challenge' | 'goal' | 'subgoal' | 'action' | 'result' | 'indicator';

const KINDS: readonly ElementKind[] = ['challenge', 'goal', 'subgoal', 'action', 'result', 'indicator'];
/** The words come from the glossary: one place fixes what each element is called. */
const KIND = Object.fromEntries((['en', 'nl'] as const).map(lang =>
    [lang, Object.fromEntries(KINDS.map(k => [k, GLOSSARY[lang][k].word]))])) as Record<Lang, Record<ElementKind, string>>;

const DE_WORDS: ReadonlySet<ElementKind> = new Set(['challenge', 'action', 'indicator']);

export function kindName(lang: Lang, kind: ElementKind): string {
    return KIND[lang][kind];
}

/** "goal `Rechten`" / "doel `Rechten`"; an unnamed result is named by the start of its description. */
export function elementLabel(lang: Lang, kind: ElementKind, name: string | undefined, description?: string): string {
    if (name) return `${KIND[lang][kind]} \`${name}\``;
    if (description) return `${KIND[lang][kind]} "${shorten(description, 40)}"`;
    if (lang === 'en') return `this ${KIND.en[kind]}`;
    // Dutch: "deze" for de-words (uitdaging, actie, indicator), "dit" for het-words (doel, tussendoel, resultaat).
    return `${DE_WORDS.has(kind) ? 'deze' : 'dit'} ${KIND.nl[kind]}`;
}

export function capitalize(s: string): string {
    return s.charAt(0).toUpperCase() + s.slice(1);
}

export function shorten(text: string, max: number): string {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length <= max ? flat : flat.slice(0, max - 1).trimEnd() + '…';
}

/** "a, b or c" / "a, b of c". */
export function joinOr(lang: Lang, items: string[]): string {
    if (items.length <= 1) return items.join('');
    return items.slice(0, -1).join(', ') + (lang === 'nl' ? ' of ' : ' or ') + items[items.length - 1];
}

export function horizonExamples(lang: Lang): string {
    return lang === 'nl'
        ? 'KT (korte termijn), MLT (middellange termijn) of LT (lange termijn)'
        : 'ST (short term), MT (medium term) or LT (long term)';
}

/** A number a message shows, printed as given (already formatted) or as is. */
type Text = string | number;
type NoParams = Record<never, never>;

/**
 * Messages of the checks, by rule id (or a finer key such as `norm-out-of-range.date`). `el` is a label
 * from elementLabel. The English table fixes each message's parameters; the Dutch one must match it key for
 * key, so a key or a parameter missing in either language does not compile.
 */
const EN_CHECK_MESSAGES = {
    'goal-without-action': (p: { el: string }) => `No action works toward ${p.el}, not even through its subgoals. Add an action that contributes to it.`,
    'subgoal-without-action': (p: { el: string; name: string }) => `No action works toward ${p.el}. Add an action under it, or one with \`-> ${p.name}\`.`,
    'action-without-target': (p: { el: string }) => `${capitalize(p.el)} contributes to nothing. Say which subgoal or goal it serves with \`-> Name\`.`,
    'action-without-horizon': (p: { el: string }) => `${capitalize(p.el)} has no time horizon. Write ${horizonExamples('en')} after its name.`,
    'action-without-result': (p: { el: string }) => `${capitalize(p.el)} has no result: when is it a success? Add a result with a norm.`,
    'result-without-indicator': (p: { el: string }) => `${capitalize(p.el)} has no indicator: how will you know whether it is reached?`,
    'result-without-norm': (p: { el: string }) => `${capitalize(p.el)} has no norm: fix in a number when it counts as reached (for example \`norm >= 80%\`).`,
    'goal-without-challenge': (p: { el: string }) => `${capitalize(p.el)} addresses no challenge. Say which one with \`-> ChallengeName\`.`,
    'challenge-without-goal': (p: { el: string; name: string }) => `No goal addresses ${p.el}. Add a goal with \`-> ${p.name}\`.`,
    'norm-out-of-range.percent': (p: { value: Text }) => `A percentage lies between 0 and 100; ${p.value}% is outside that.`,
    'norm-out-of-range.date': (p: { date: string }) => `${p.date} is not a date that exists. Write YYYY-MM-DD or YYYY-MM.`,
    'contribution-cycle': (p: { cycle: string }) => `These contributions run in a circle: ${p.cycle}. Nothing can contribute to itself.`,
    'duplicate-name': (p: { name: string; line: Text }) => `The name \`${p.name}\` is used more than once in this file (also on line ${p.line}). Give each element its own name.`,
    'norm-not-met': (p: { el: string; value: Text; date: string; norm: Text }) => `${capitalize(p.el)} misses its norm: the latest measurement is ${p.value} (${p.date}), the norm is ${p.norm}.`,
    'norm-met': (p: { el: string; value: Text; date: string; norm: Text }) => `${capitalize(p.el)} meets its norm: ${p.value} (${p.date}), the norm is ${p.norm}.`,
    'missing-description': (p: { el: string }) => `${capitalize(p.el)} has no description. A sentence in quotes helps the readers of the plan.`,
    'more-than-one-norm': (p: { el: string; count: Text }) => `A result has one norm; ${p.el} has ${p.count}. Keep one, or split the result in two.`,
    'import-not-found': (p: { path: string }) => `The file "${p.path}" to import was not found next to this file.`,
    'import-not-toc': (p: { path: string }) => `Only .toc files can be imported; "${p.path}" is not one.`,
    'import-self': (_: NoParams) => `A file cannot import itself.`,
    'horizon-only-for-actions': (p: { horizon: string }) => SYNTAX.horizonOnlyForActions('en', p.horizon),
    'measurement-stale': (p: { el: string; date: string; months: Text }) => `${capitalize(p.el)} was last measured in ${p.date}, more than ${p.months} months ago. Measure again, so the plan can be adjusted in time.`,
    'deadline-passed': (p: { el: string; deadline: string; value: Text; date: string; norm: Text }) => `The deadline of ${p.el} (${p.deadline}) has passed and the latest measurement, ${p.value} (${p.date}), misses the norm ${p.norm}. Adjust the action, or set a new norm or deadline.`,
    'norm-at-risk': (p: { el: string; count: Text; projected: Text; deadline: string; norm: Text }) => `At the current pace ${p.el} will miss its norm: the trend of its ${p.count} measurements reaches about ${p.projected} by ${p.deadline}, the norm is ${p.norm}.`,
    'placeholder.name': (p: { name: string }) => `\`${p.name}\` is the template's name, not yet yours. Give the element a name of its own (press F2 to rename).`,
    'placeholder.text': (p: { el: string; text: string }) => `The text of ${p.el} is still the template's question ("${p.text}"). Write your own answer in its place.`,
    'placeholder.norm': (p: { el: string }) => `The norm of ${p.el} is still the template's \`>= 0\`, which every measurement meets. Type the number at which it counts as reached over the 0.`,
    'internal-error': (p: { check: string; error: string }) => `Internal error: the check ${p.check} stopped (${p.error}). The other checks still ran. Please report this, with the file if you can.`,
};

export type CheckMessageKey = keyof typeof EN_CHECK_MESSAGES;
export type CheckMessageParams<K extends CheckMessageKey> = Parameters<(typeof EN_CHECK_MESSAGES)[K]>[0];
type CheckMessages = { readonly [K in CheckMessageKey]: (typeof EN_CHECK_MESSAGES)[K] };

const NL_CHECK_MESSAGES: CheckMessages = {
    'goal-without-action': p => `Geen enkele actie werkt aan ${p.el}, ook niet via de tussendoelen. Voeg een actie toe die eraan bijdraagt.`,
    'subgoal-without-action': p => `Geen enkele actie werkt aan ${p.el}. Zet er een actie onder, of een actie met \`-> ${p.name}\`.`,
    'action-without-target': p => `${capitalize(p.el)} draagt nergens aan bij. Zeg met \`-> Naam\` aan welk tussendoel of doel ze bijdraagt.`,
    'action-without-horizon': p => `${capitalize(p.el)} heeft geen termijn. Zet ${horizonExamples('nl')} na de naam.`,
    'action-without-result': p => `${capitalize(p.el)} heeft geen resultaat: wanneer is ze geslaagd? Voeg een resultaat met een norm toe.`,
    'result-without-indicator': p => `${capitalize(p.el)} heeft geen indicator: hoe weet je of het bereikt is?`,
    'result-without-norm': p => `${capitalize(p.el)} heeft geen norm: leg in een getal vast wanneer het bereikt is (bijvoorbeeld \`norm >= 80%\`).`,
    'goal-without-challenge': p => `${capitalize(p.el)} speelt op geen enkele uitdaging in. Zeg met \`-> NaamVanDeUitdaging\` op welke.`,
    'challenge-without-goal': p => `Geen enkel doel speelt in op ${p.el}. Voeg een doel toe met \`-> ${p.name}\`.`,
    'norm-out-of-range.percent': p => `Een percentage ligt tussen 0 en 100; ${p.value}% valt daarbuiten.`,
    'norm-out-of-range.date': p => `${p.date} is geen bestaande datum. Schrijf JJJJ-MM-DD of JJJJ-MM.`,
    'contribution-cycle': p => `Deze bijdragen lopen in een cirkel: ${p.cycle}. Niets kan aan zichzelf bijdragen.`,
    'duplicate-name': p => `De naam \`${p.name}\` komt meer dan eens voor in dit bestand (ook op regel ${p.line}). Geef elk element een eigen naam.`,
    'norm-not-met': p => `${capitalize(p.el)} haalt de norm niet: de laatste meting is ${p.value} (${p.date}), de norm is ${p.norm}.`,
    'norm-met': p => `${capitalize(p.el)} haalt de norm: ${p.value} (${p.date}), de norm is ${p.norm}.`,
    'missing-description': p => `${capitalize(p.el)} heeft geen omschrijving. Een zin tussen aanhalingstekens helpt wie het plan leest.`,
    'more-than-one-norm': p => `Een resultaat heeft één norm; ${p.el} heeft er ${p.count}. Houd er één, of splits het resultaat in twee.`,
    'import-not-found': p => `Het bestand "${p.path}" om te importeren staat niet naast dit bestand.`,
    'import-not-toc': p => `Alleen .toc-bestanden kunnen geïmporteerd worden; "${p.path}" is er geen.`,
    'import-self': () => `Een bestand kan zichzelf niet importeren.`,
    'horizon-only-for-actions': p => SYNTAX.horizonOnlyForActions('nl', p.horizon),
    'measurement-stale': p => `${capitalize(p.el)} werd het laatst gemeten in ${p.date}, meer dan ${p.months} maanden geleden. Meet opnieuw, zodat het plan op tijd bijgestuurd kan worden.`,
    'deadline-passed': p => `De termijn van ${p.el} (${p.deadline}) is voorbij en de laatste meting, ${p.value} (${p.date}), haalt de norm ${p.norm} niet. Stuur de actie bij, of leg een nieuwe norm of termijn vast.`,
    'norm-at-risk': p => `In het huidige tempo haalt ${p.el} de norm niet: de trend van de ${p.count} metingen komt tegen ${p.deadline} uit op ongeveer ${p.projected}, de norm is ${p.norm}.`,
    'placeholder.name': p => `\`${p.name}\` is de naam uit het sjabloon, nog niet de jouwe. Geef het element een eigen naam (F2 hernoemt).`,
    'placeholder.text': p => `De tekst van ${p.el} is nog de vraag uit het sjabloon ("${p.text}"). Schrijf er je eigen antwoord in de plaats.`,
    'placeholder.norm': p => `De norm van ${p.el} is nog \`>= 0\` uit het sjabloon: elke meting haalt die. Typ over de 0 het getal waarbij het resultaat bereikt is.`,
    'internal-error': p => `Interne fout: de controle ${p.check} liep vast (${p.error}). De andere controles liepen wel. Meld dit alsjeblieft, met het bestand als dat kan.`,
};

export const CHECK_MESSAGES: Readonly<Record<Lang, CheckMessages>> = { en: EN_CHECK_MESSAGES, nl: NL_CHECK_MESSAGES };

/** The message of a check in a language. Keys and parameters are checked when compiling, so this cannot fail. */
export function checkMessage<K extends CheckMessageKey>(lang: Lang, key: K, params: CheckMessageParams<K>): string {
    const message = CHECK_MESSAGES[lang][key] as ((p: CheckMessageParams<K>) => string) | undefined;
    // Only JavaScript callers can pass an unknown key: show it rather than throw and lose every other finding.
    return message ? message(params) : `${String(key)} ${JSON.stringify(params)}`;
}

// ---- unresolved names ----

function article(word: string): string {
    return /^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`;
}

export function unresolvedMessage(lang: Lang, name: string, expected: ElementKind[], foundKind?: ElementKind, suggestion?: string, fromKind?: ElementKind): string {
    const kinds = joinOr(lang, expected.map(k => KIND[lang][k]));
    let text = lang === 'nl'
        ? `Er is hier geen ${kinds} met de naam \`${name}\`.`
        : `There is no ${kinds} named \`${name}\` here.`;
    if (foundKind && fromKind) {
        text += lang === 'nl'
            ? ` \`${name}\` is een ${KIND.nl[foundKind]}, en een ${KIND.nl[fromKind]} draagt alleen bij aan een ${kinds}.`
            : ` \`${name}\` is ${article(KIND.en[foundKind])}, and ${article(KIND.en[fromKind])} contributes only to a ${kinds}.`;
    } else if (foundKind) {
        text += lang === 'nl'
            ? ` \`${name}\` is ${DE_WORDS.has(foundKind) ? 'een' : 'een'} ${KIND.nl[foundKind]}; hier hoort ${joinOr(lang, expected.map(k => 'een ' + KIND.nl[k]))}.`
            : ` \`${name}\` is ${article(KIND.en[foundKind])}; ${joinOr(lang, expected.map(k => article(KIND.en[k])))} belongs here.`;
    } else if (suggestion) {
        text += lang === 'nl' ? ` Bedoel je \`${suggestion}\`?` : ` Did you mean \`${suggestion}\`?`;
    }
    return text;
}

/** A name that two imported files both define: which one is meant cannot be told. */
export function ambiguousMessage(lang: Lang, name: string, files: string[]): string {
    const quoted = files.map(f => `\`${f}\``);
    const list = quoted.slice(0, -1).join(', ') + (lang === 'nl' ? ' en ' : ' and ') + quoted[quoted.length - 1];
    return lang === 'nl'
        ? `\`${name}\` bestaat in ${list}, die dit bestand allebei importeert: het is niet duidelijk welke bedoeld is. Geef een van beide een andere naam.`
        : `\`${name}\` is defined in both ${list}, which this file imports: which one is meant cannot be told. Rename one of them.`;
}

// ---- syntax errors ----

const TOKEN_WORDS: Record<Lang, Record<string, string> & { EOF: string }> = {
    en: { ID: 'a name', STRING: 'a text in double quotes', NUMBER: 'a number', DATE: 'a date (YYYY-MM-DD or YYYY-MM)', EOF: 'the end of the file' },
    nl: { ID: 'een naam', STRING: 'een tekst tussen dubbele aanhalingstekens', NUMBER: 'een getal', DATE: 'een datum (JJJJ-MM-DD of JJJJ-MM)', EOF: 'het einde van het bestand' },
};

/** How a token type is said in a message: `{`, "a name", "a number". */
export function tokenWord(lang: Lang, tokenType: string): string {
    return TOKEN_WORDS[lang][tokenType] ?? `\`${tokenType}\``;
}

export function foundWord(lang: Lang, image: string | undefined, tokenType: string): string {
    if (tokenType === 'EOF' || image === undefined || image === '') return TOKEN_WORDS[lang].EOF;
    return `\`${shorten(image, 30)}\``;
}

export const SYNTAX = {
    expected: (lang: Lang, expected: string, found: string) => lang === 'nl'
        ? `Hier wordt ${expected} verwacht, maar er staat ${found}.`
        : `Expected ${expected} here, but found ${found}.`,
    notUnderstood: (lang: Lang, found: string) => lang === 'nl'
        ? `${capitalize(found)} wordt hier niet begrepen. Een nieuw element begint met een woord als uitdaging, doel, tussendoel of actie.`
        : `${capitalize(found)} is not understood here. A new element starts with a word such as challenge, goal, subgoal or action.`,
    misplacedArrow: (lang: Lang) => lang === 'nl'
        ? `Een pijl (\`->\`) staat direct na de naam (en de termijn), vóór de omschrijving: \`actie Naam KT -> Tussendoel "…"\`. Een uitdaging heeft geen pijl.`
        : `An arrow (\`->\`) goes right after the name (and horizon), before the description: \`action Name ST -> Subgoal "…"\`. A challenge has no arrow.`,
    tooDeep: (lang: Lang) => lang === 'nl'
        ? `De blokken (\`{\` binnen \`{\`) zijn hier te diep genest om te lezen. Zet elementen op het hoogste niveau en verbind ze met \`->\`.`
        : `Blocks (\`{\` inside \`{\`) are nested too deeply here to be read. Put elements at the top level and connect them with \`->\`.`,
    tooLarge: (lang: Lang) => lang === 'nl'
        ? 'Dit bestand is te groot om te lezen. Verdeel het over meer bestanden en verbind ze met `import`.'
        : 'This file is too large to be read. Split it over several files and connect them with `import`.',
    horizonOnlyForActions: (lang: Lang, found: string) => lang === 'nl'
        ? `Een termijn (${found}) hoort alleen bij een actie.`
        : `A time horizon (${found}) belongs to actions only.`,
    unclosedString: (lang: Lang) => lang === 'nl'
        ? `Een tekst tussen aanhalingstekens is niet afgesloten: zet er een \`"\` achter.`
        : `A text in quotes is not closed: add the closing \`"\`.`,
    unknownCharacter: (lang: Lang, ch: string) => lang === 'nl'
        ? `Het teken \`${ch}\` wordt hier niet begrepen.`
        : `The character \`${ch}\` is not understood here.`,
    unclosedBlock: (lang: Lang) => lang === 'nl'
        ? `Een blok met \`{\` is niet afgesloten: zet er een \`}\` achter.`
        : `A block opened with \`{\` is not closed: add the closing \`}\`.`,
    unfinishedLine: (lang: Lang, expected: string) => lang === 'nl'
        ? `Deze regel is niet af: hier wordt nog ${expected} verwacht.`
        : `This line is not finished: ${expected} is expected here.`,
    nameWithKeyword: (lang: Lang, word: string) => lang === 'nl'
        ? `\`${word}\` is een sleutelwoord van de taal en kan geen naam zijn. Kies een andere naam, bijvoorbeeld met een hoofdletter.`
        : `\`${word}\` is a keyword of the language and cannot be a name. Choose another name, for instance with a capital letter.`,
};

/** Text that is not UTF-8: said where the first unreadable byte is, and what to do about it. */
export const ENCODING = {
    /** In the checks: the text the editor or the command line decoded holds characters that were lost. */
    lostCharacters: (lang: Lang) => lang === 'nl'
        ? 'Dit bestand is niet als UTF-8 bewaard: vanaf hier konden tekens (zoals é of ë) niet gelezen worden. Open het opnieuw met de juiste codering (vaak "ANSI" of Windows-1252) en bewaar het als UTF-8; tot dan wordt het niet opgemaakt.'
        : 'This file was not saved as UTF-8: from here on, characters (such as é or ë) could not be read. Reopen it with its encoding (often "ANSI" or Windows-1252) and save it as UTF-8; until then it is not formatted.',
    /** One line for the command line, which refuses the file. */
    notUtf8: (lang: Lang, line: number, column: number, byte: number) => lang === 'nl'
        ? `geen UTF-8-tekst: byte 0x${hex(byte)} op regel ${line}, kolom ${column} (bewaard als "ANSI"/Windows-1252?); bewaar het bestand als UTF-8`
        : `not UTF-8 text: byte 0x${hex(byte)} at line ${line}, column ${column} (saved as "ANSI"/Windows-1252?); save the file as UTF-8`,
    utf16: (lang: Lang) => lang === 'nl'
        ? 'UTF-16-tekst (Kladblok: "Unicode"), geen UTF-8; bewaar het bestand als UTF-8'
        : 'UTF-16 text (Notepad: "Unicode"), not UTF-8; save the file as UTF-8',
    binary: (lang: Lang, line: number, column: number) => lang === 'nl'
        ? `geen tekst maar een binair bestand (een nulbyte op regel ${line}, kolom ${column}); is dit wel een .toc-bestand?`
        : `not text but a binary file (a NUL byte at line ${line}, column ${column}); is this really a .toc file?`,
};

function hex(byte: number): string {
    return byte.toString(16).toUpperCase().padStart(2, '0');
}
