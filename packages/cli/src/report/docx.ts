/**
 * The action plan as a Word document, as Flemish funders ask for it: the title and vision, the
 * challenges, the goals and subgoals numbered (1, 1.1, …), per action a table (horizon, owner, partners,
 * first steps, results with their norms, indicators with the latest measurement and status), the
 * diagram as a picture, the open points and the date it was made.
 *
 * The `docx` package writes it: a .docx is a zip of WordprocessingML parts whose tables, images and
 * styles are easy to get subtly wrong by hand.
 */
import {
    AlignmentType, Document, HeadingLevel, ImageRun, Packer, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType,
} from 'docx';
import type { ElementJson, ResultJson } from 'toc-language/model';
import { reportMessages } from '../messages.js';
import { DOCX_WORDS } from './docx-words.js';
import { indicatorTitle, latestOf, resultTitle, type Plan } from './plan.js';
import { horizonText, measurementText, normText, stateKey, stateText } from './words.js';

const STATE_COLOUR: Record<ReturnType<typeof stateKey>, string> = {
    met: 'C6EFCE', 'not-met': 'FFC7CE', 'not-measured': 'EDEDED', 'no-norm': 'EDEDED',
};

export interface DocxPicture {
    png: Uint8Array;
    width: number;
    height: number;
}

export async function planToDocx(plan: Plan, date: string, picture: DocxPicture | undefined): Promise<Uint8Array> {
    const t = plan.theory;
    const m = reportMessages(t.lang);
    const w = DOCX_WORDS[t.lang];
    const local = t.elements.filter(e => !e.external);
    const children: (Paragraph | Table)[] = [];
    const p = (text: string, options: ConstructorParameters<typeof Paragraph>[0] & object = {}) => new Paragraph({ ...options, children: [new TextRun(text)] });

    children.push(new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(t.title ?? m.actionPlan)] }));
    children.push(new Paragraph({ children: [new TextRun({ text: m.actionPlan, size: 28, color: '475569' })] }));
    if (t.vision) children.push(new Paragraph({ children: [new TextRun({ text: `${m.vision}: `, bold: true }), new TextRun(t.vision)] }));

    const challenges = local.filter(e => e.kind === 'challenge');
    if (challenges.length > 0) {
        children.push(p(w.challenges, { heading: HeadingLevel.HEADING_1 }));
        challenges.forEach((c, i) => children.push(numbered(`${i + 1}`, c, 0)));
    }

    // Goals numbered 1, 2, …; their subgoals 1.1, 1.2, … under the goal or subgoal they belong to.
    const homeOf = (s: ElementJson): string | undefined => s.parent ?? t.contributions.find(c => c.from === s.id && local.some(e => e.id === c.to && (e.kind === 'goal' || e.kind === 'subgoal')))?.to;
    const subgoalsOf = (id: string) => local.filter(e => e.kind === 'subgoal' && homeOf(e) === id);
    const placed = new Set<string>();
    const tree = (el: ElementJson, number: string, depth: number) => {
        placed.add(el.id);
        children.push(numbered(number, el, depth));
        subgoalsOf(el.id).filter(s => !placed.has(s.id)).forEach((s, i) => tree(s, `${number}.${i + 1}`, depth + 1));
    };
    const goals = local.filter(e => e.kind === 'goal');
    if (goals.length > 0 || local.some(e => e.kind === 'subgoal')) children.push(p(w.goalsAndSubgoals, { heading: HeadingLevel.HEADING_1 }));
    goals.forEach((g, i) => tree(g, `${i + 1}`, 0));
    local.filter(e => e.kind === 'subgoal' && !placed.has(e.id)).forEach((s, i) => tree(s, `${goals.length + i + 1}`, 0));

    if (picture) {
        children.push(p(m.diagram, { heading: HeadingLevel.HEADING_1, keepNext: true }));
        // 16 cm wide at most: the text width of an A4 page with Word's default margins.
        const width = Math.min(605, picture.width);
        children.push(new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new ImageRun({ type: 'png', data: picture.png, transformation: { width, height: Math.round(picture.height * width / picture.width) } })],
        }));
    }

    children.push(p(w.actions, { heading: HeadingLevel.HEADING_1 }));
    for (const { action, targets } of plan.actions) {
        children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(action.name)] }));
        if (action.description) children.push(p(action.description));
        children.push(actionTable(action, targets, m, w));
    }

    children.push(p(w.openPoints, { heading: HeadingLevel.HEADING_1 }));
    if (plan.openPoints.length === 0) children.push(p(m.noWarnings));
    for (const d of plan.openPoints) {
        children.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text: `${m.severity[d.severity]}, ${m.line(d.line)}: `, bold: true }), new TextRun(d.message)] }));
    }
    children.push(new Paragraph({ spacing: { before: 400 }, children: [new TextRun({ text: w.madeOn(date), italics: true, color: '475569' })] }));

    const doc = new Document({
        creator: 'toc', title: t.title ?? m.actionPlan, description: m.actionPlan,
        styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
        sections: [{ children }],
    });
    return new Uint8Array(await Packer.toBuffer(doc));
}

function numbered(number: string, el: ElementJson, depth: number): Paragraph {
    return new Paragraph({
        indent: { left: 360 * depth },
        children: [new TextRun({ text: `${number}  ${el.name}`, bold: true }), ...(el.description ? [new TextRun(` — ${el.description}`)] : [])],
    });
}

type Words = (typeof DOCX_WORDS)['en'];

function actionTable(action: ElementJson, targets: ElementJson[], m: ReturnType<typeof reportMessages>, w: Words): Table {
    const cell = (content: string | Paragraph[], options: { bold?: boolean; fill?: string; span?: number } = {}) => new TableCell({
        columnSpan: options.span,
        shading: options.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: options.fill } : undefined,
        children: typeof content === 'string'
            ? content.split('\n').map(line => new Paragraph({ children: [new TextRun({ text: line, bold: options.bold })] }))
            : content,
    });
    const row = (label: string, value: string) => new TableRow({ children: [cell(label, { bold: true, fill: 'EEF2F7' }), cell(value || w.none, { span: 3 })] });
    const rows = [
        row(m.col.horizon, horizonText(action, m) ?? ''),
        row(m.col.contributesTo, targets.map(x => x.name).join(', ')),
        row(m.col.owner, action.owner ?? ''),
        row(m.col.partners, action.partners.join(', ')),
        row(m.col.steps, action.steps.map(s => `• ${s}`).join('\n')),
    ];
    const resultRows = action.results.length > 0 ? action.results.map(r => resultRow(r, m, w, cell)) : [new TableRow({ children: [cell(m.noResult), cell(''), cell(''), cell('')] })];
    return new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
            ...rows,
            new TableRow({ children: [cell(w.results, { bold: true, fill: 'EEF2F7' }), cell(m.col.norms, { bold: true, fill: 'EEF2F7' }), cell(w.indicators, { bold: true, fill: 'EEF2F7' }), cell(m.col.status, { bold: true, fill: 'EEF2F7' })] }),
            ...resultRows,
        ],
    });
}

function resultRow(r: ResultJson, m: ReturnType<typeof reportMessages>, w: Words, cell: (c: string, o?: { bold?: boolean; fill?: string }) => TableCell): TableRow {
    const indicators = r.indicators.length === 0 ? m.noIndicator : r.indicators.map(i => {
        const latest = latestOf(i);
        return `${indicatorTitle(i)}: ${latest ? measurementText(latest) : m.noMeasurement}`;
    }).join('\n');
    return new TableRow({
        children: [cell(resultTitle(r)), cell(r.norm ? normText(r.norm, m) : m.noNorm), cell(indicators), cell(stateText(r, m), { fill: STATE_COLOUR[stateKey(r)] })],
    });
}
