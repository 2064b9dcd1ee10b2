/** Every word the page shows around the editor and the diagram, in English and Dutch. */
export type UiLang = 'en' | 'nl';

export interface WebMessages {
    title: string;
    examples: string;
    newFile: string;
    newFileName: string;
    open: string;
    save: string;
    share: string;
    shareCopied: string;
    shareTooLong: (length: number) => string;
    shareReady: string;
    exportSvg: string;
    exportPng: string;
    plan: string;
    language: string;
    files: string;
    closeFile: (name: string) => string;
    problems: string;
    noProblems: string;
    severity: Record<'error' | 'warning' | 'info' | 'hint', string>;
    starting: string;
    privacy: string;
    sharedOpened: string;
    badLink: string;
    notAToc: (name: string) => string;
    diagram: string;
    editor: string;
}

const en: WebMessages = {
    title: 'Theory of Change',
    examples: 'Examples',
    newFile: 'New file',
    newFileName: 'Name of the new file',
    open: 'Open…',
    save: 'Save',
    share: 'Share link',
    shareCopied: 'The link is copied. The whole theory is in it: it is never sent to a server.',
    shareTooLong: n => `This link is ${n} characters long. Many mail programs cut links longer than 2,000 characters: send the .toc file instead (Save).`,
    shareReady: 'The whole theory is in this link; it is never sent to a server.',
    exportSvg: 'Diagram as SVG',
    exportPng: 'Diagram as PNG',
    plan: 'Action plan',
    language: 'Language',
    files: 'Files',
    closeFile: name => `Close ${name}`,
    problems: 'Problems',
    noProblems: 'No problems found.',
    severity: { error: 'error', warning: 'warning', info: 'info', hint: 'hint' },
    starting: 'Starting the checks…',
    privacy: 'Everything stays on this computer: nothing you type is sent anywhere.',
    sharedOpened: 'Opened the theory from the link. Your earlier work is kept: choose it under Examples, "Before the link".',
    badLink: 'This link does not hold a theory (it may be cut off).',
    notAToc: name => `${name} is not a .toc file.`,
    diagram: 'Diagram',
    editor: 'Text of the theory',
};

const nl: WebMessages = {
    title: 'Veranderingstheorie',
    examples: 'Voorbeelden',
    newFile: 'Nieuw bestand',
    newFileName: 'Naam van het nieuwe bestand',
    open: 'Openen…',
    save: 'Bewaren',
    share: 'Link delen',
    shareCopied: 'De link is gekopieerd. De hele theorie zit erin: ze wordt nooit naar een server gestuurd.',
    shareTooLong: n => `Deze link is ${n} tekens lang. Veel mailprogramma's knippen links van meer dan 2.000 tekens af: stuur liever het .toc-bestand (Bewaren).`,
    shareReady: 'De hele theorie zit in deze link; ze wordt nooit naar een server gestuurd.',
    exportSvg: 'Schema als SVG',
    exportPng: 'Schema als PNG',
    plan: 'Actieplan',
    language: 'Taal',
    files: 'Bestanden',
    closeFile: name => `${name} sluiten`,
    problems: 'Problemen',
    noProblems: 'Geen problemen gevonden.',
    severity: { error: 'fout', warning: 'waarschuwing', info: 'info', hint: 'tip' },
    starting: 'De controles starten…',
    privacy: 'Alles blijft op deze computer: niets wat je typt, wordt ergens heen gestuurd.',
    sharedOpened: 'De theorie uit de link is geopend. Je vorige werk is bewaard: kies het onder Voorbeelden, "Voor de link".',
    badLink: 'Deze link bevat geen theorie (misschien is hij afgeknipt).',
    notAToc: name => `${name} is geen .toc-bestand.`,
    diagram: 'Schema',
    editor: 'Tekst van de theorie',
};

export const MESSAGES: Record<UiLang, WebMessages> = { en, nl };

/** The browser's language decides until the user picks one. */
export function browserLang(languages: readonly string[]): UiLang {
    for (const l of languages) {
        if (/^nl\b/i.test(l)) return 'nl';
        if (/^en\b/i.test(l)) return 'en';
    }
    return 'en';
}

/** Names of the examples in the menu. */
export const EXAMPLE_TITLES: Record<string, Record<UiLang, string>> & { previous: Record<UiLang, string> } = {
    'zorgzame-buurt': { en: 'Caring neighbourhood (Dutch)', nl: 'Zorgzame buurt' },
    'ervaring-werkt': { en: 'Experience works (Dutch)', nl: 'Ervaring werkt' },
    'in-z-plus': { en: 'In-Z plus (Dutch)', nl: 'In-Z plus' },
    'in-zetje': { en: 'In-Zetje (Dutch)', nl: 'In-Zetje' },
    english: { en: 'Neighbourhood care (English)', nl: 'Neighbourhood care (Engels)' },
    imports: { en: 'Two files with an import (Dutch)', nl: 'Twee bestanden met een import' },
    previous: { en: 'Before the link', nl: 'Voor de link' },
};
