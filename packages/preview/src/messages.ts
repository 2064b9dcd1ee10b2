/** Every word the preview shows around the diagram, in English and Dutch. */
export interface PreviewMessages {
    zoomIn: string;
    zoomOut: string;
    fit: string;
    details: string;
    detailsTitle: string;
    direction: string;
    directionAuto: string;
    directionRight: string;
    directionDown: string;
    toolbar: string;
    laying: string;
    /** Over the provisional picture of a big theory (boxes in their columns, no arrows) until ELK's is in. */
    arranging: string;
    syntaxErrors: string;
    syntaxErrorsNoPicture: string;
    layoutFailed: string;
    waiting: string;
    diagram: string;
    search: string;
    searchTitle: string;
    searchNone: string;
    focus: string;
    focusTitle: string;
    focusNeedsSelection: string;
    collapse: string;
    expand: string;
    collapseTitle: string;
    hiddenCount(n: number): string;
    filter: string;
    filterTitle: string;
    filterHorizon: string;
    filterOwner: string;
    filterStatus: string;
    filterAll: string;
    exportSvg: string;
    exportPng: string;
}

const en: PreviewMessages = {
    zoomIn: 'Zoom in (+)',
    zoomOut: 'Zoom out (−)',
    fit: 'Fit to window (0 or F)',
    details: 'Details',
    detailsTitle: 'Show the description, results, norms and indicators in every box',
    direction: 'Direction',
    directionAuto: 'chosen to fit this panel; click to choose yourself',
    directionRight: 'Left to right: actions on the left, challenge on the right',
    directionDown: 'Top to bottom: actions on top, challenge at the bottom',
    toolbar: 'Diagram tools',
    laying: 'Drawing…',
    arranging: 'Arranging the diagram…',
    syntaxErrors: 'The text has errors; this is the last correct diagram.',
    syntaxErrorsNoPicture: 'The text has errors; the diagram may be incomplete.',
    layoutFailed: 'The diagram could not be drawn. The text itself is not affected.',
    waiting: 'Waiting for the theory…',
    diagram: 'Theory of change diagram',
    search: 'Search',
    searchTitle: 'Search by name or description (/). Enter: next, Shift+Enter: previous',
    searchNone: 'none',
    focus: 'Focus',
    focusTitle: 'Show only what leads to the selected box and what it leads to',
    focusNeedsSelection: 'Select a box first',
    collapse: 'Collapse',
    expand: 'Expand',
    collapseTitle: 'Hide or show what leads to the selected goal',
    hiddenCount: n => `+${n} hidden`,
    filter: 'Filter',
    filterTitle: 'Show the filters: horizon, owner, status',
    filterHorizon: 'Horizon',
    filterOwner: 'Owner',
    filterStatus: 'Status',
    filterAll: 'all',
    exportSvg: 'Save the diagram as SVG',
    exportPng: 'Save the diagram as PNG',
};

const nl: PreviewMessages = {
    zoomIn: 'Inzoomen (+)',
    zoomOut: 'Uitzoomen (−)',
    fit: 'Passend maken (0 of F)',
    details: 'Details',
    detailsTitle: 'Toon de beschrijving, resultaten, normen en indicatoren in elk vak',
    direction: 'Richting',
    directionAuto: 'gekozen voor dit paneel; klik om zelf te kiezen',
    directionRight: 'Van links naar rechts: acties links, uitdaging rechts',
    directionDown: 'Van boven naar onder: acties boven, uitdaging onder',
    toolbar: 'Werkbalk van het schema',
    laying: 'Tekenen…',
    arranging: 'Schema wordt geschikt…',
    syntaxErrors: 'De tekst bevat fouten; dit is het laatste correcte schema.',
    syntaxErrorsNoPicture: 'De tekst bevat fouten; het schema kan onvolledig zijn.',
    layoutFailed: 'Het schema kon niet gemaakt worden. De tekst zelf is in orde.',
    waiting: 'Wachten op de theorie…',
    diagram: 'Schema van de veranderingstheorie',
    search: 'Zoeken',
    searchTitle: 'Zoek op naam of beschrijving (/). Enter: volgende, Shift+Enter: vorige',
    searchNone: 'geen',
    focus: 'Focus',
    focusTitle: 'Toon alleen wat naar het gekozen vak leidt en waar het toe leidt',
    focusNeedsSelection: 'Kies eerst een vak',
    collapse: 'Inklappen',
    expand: 'Uitklappen',
    collapseTitle: 'Verberg of toon wat naar het gekozen doel leidt',
    hiddenCount: n => `+${n} verborgen`,
    filter: 'Filter',
    filterTitle: 'Toon de filters: termijn, trekker, status',
    filterHorizon: 'Termijn',
    filterOwner: 'Trekker',
    filterStatus: 'Status',
    filterAll: 'alle',
    exportSvg: 'Bewaar het schema als SVG',
    exportPng: 'Bewaar het schema als PNG',
};

export function previewMessages(lang: string | undefined): PreviewMessages {
    return lang?.toLowerCase().startsWith('nl') ? nl : en;
}
