/** Every word the preview shows around the diagram, in English and Dutch. */
export interface PreviewMessages {
    zoomIn: string;
    zoomOut: string;
    fit: string;
    results: string;
    direction: string;
    directionRight: string;
    directionDown: string;
    toolbar: string;
    laying: string;
    syntaxErrors: string;
    syntaxErrorsNoPicture: string;
    layoutFailed: string;
    waiting: string;
    diagram: string;
}

const en: PreviewMessages = {
    zoomIn: 'Zoom in (+)',
    zoomOut: 'Zoom out (−)',
    fit: 'Fit to window (0 or F)',
    results: 'Results',
    direction: 'Direction',
    directionRight: 'Left to right: actions on the left, challenge on the right',
    directionDown: 'Top to bottom: actions on top, challenge at the bottom',
    toolbar: 'Diagram tools',
    laying: 'Drawing…',
    syntaxErrors: 'The text has errors; this is the last correct diagram.',
    syntaxErrorsNoPicture: 'The text has errors; the diagram may be incomplete.',
    layoutFailed: 'The diagram could not be drawn. The text itself is not affected.',
    waiting: 'Waiting for the theory…',
    diagram: 'Theory of change diagram',
};

const nl: PreviewMessages = {
    zoomIn: 'Inzoomen (+)',
    zoomOut: 'Uitzoomen (−)',
    fit: 'Passend maken (0 of F)',
    results: 'Resultaten',
    direction: 'Richting',
    directionRight: 'Van links naar rechts: acties links, uitdaging rechts',
    directionDown: 'Van boven naar onder: acties boven, uitdaging onder',
    toolbar: 'Werkbalk van het schema',
    laying: 'Tekenen…',
    syntaxErrors: 'De tekst bevat fouten; dit is het laatste correcte schema.',
    syntaxErrorsNoPicture: 'De tekst bevat fouten; het schema kan onvolledig zijn.',
    layoutFailed: 'Het schema kon niet gemaakt worden. De tekst zelf is in orde.',
    waiting: 'Wachten op de theorie…',
    diagram: 'Schema van de veranderingstheorie',
};

export function previewMessages(lang: string | undefined): PreviewMessages {
    return lang?.toLowerCase().startsWith('nl') ? nl : en;
}
