/** The action plan as Markdown: an overview table (one row per action), then per goal every action in full. */
import type { ElementJson, ResultJson } from 'toc-language/model';
import { reportMessages, type ReportMessages } from '../messages.js';
import { indicatorTitle, latestOf, resultTitle, type Plan, type PlanAction } from './plan.js';
import { horizonText, measurementText, normText, priorityText, stateText, today } from './words.js';

/** Backslash-escapes what Markdown would read as markup; line breaks become spaces (a cell stays one line). */
export function escapeMd(text: string): string {
    return text.replace(/\s*\r?\n\s*/g, ' ').replace(/[\\`*_[\]<>|#~!]/g, c => `\\${c}`).replace(/&/g, '&amp;');
}

/** Our own messages use `Name` for names: keep those code spans, escape everything else. */
function escapeMessage(text: string): string {
    return text.split(/(`[^`\n]*`)/).map((part, i) => (i % 2 === 1 ? part : escapeMd(part))).join('');
}

export function planToMarkdown(plan: Plan, source: string): string {
    const m = reportMessages(plan.theory.lang);
    const t = plan.theory;
    const lines: string[] = [];
    lines.push(`# ${escapeMd(t.title ? `${m.actionPlan}: ${t.title}` : m.actionPlan)}`, '');
    if (t.vision) lines.push(`> **${m.vision}:** ${escapeMd(t.vision)}`, '');
    lines.push(`_${escapeMd(m.source(source, today()))}_`, '');

    const s = plan.summary;
    lines.push(`## ${m.summary}`, '');
    lines.push(`- ${m.goalsCarried(s.goalsCarried, s.goals)}`);
    lines.push(`- ${m.actionsCount(s.actions)}`);
    lines.push(`- ${m.resultsLine(s.met, s.notMet, s.notMeasured)}`);
    if (s.withoutNorm > 0) lines.push(`- ${m.resultsWithoutNorm(s.withoutNorm)}`);
    lines.push(`- ${m.openPoints(plan.openPoints.length)}`, '');

    if (plan.actions.length > 0) {
        // Columns nobody filled in (no owner, no priority anywhere) would only repeat dashes: left out.
        const withOwner = plan.actions.some(a => a.action.owner);
        const withPriority = plan.actions.some(a => a.action.priority);
        lines.push(`## ${m.overview}`, '');
        const head = [m.col.action, m.col.horizon, m.col.goals, ...(withOwner ? [m.col.owner] : []), m.col.results, ...(withPriority ? [m.col.priority] : [])];
        lines.push(`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`);
        for (const a of plan.actions) {
            const results = a.action.results.map(r => `${escapeMd(r.name ?? shorten(resultTitle(r), 40))}: ${stateText(r, m)}`).join('<br>') || m.none;
            const cells = [`**${escapeMd(a.action.name)}**`, escapeMd(horizonText(a.action, m) ?? m.none), escapeMd(names(a.goals) || m.none),
                ...(withOwner ? [escapeMd(a.action.owner ?? m.none)] : []), results, ...(withPriority ? [escapeMd(priorityText(a.action, m) ?? m.none)] : [])];
            lines.push(`| ${cells.join(' | ')} |`);
        }
        lines.push('');
    }

    for (const g of plan.goals) {
        lines.push(`## ${m.goalHeading} ${escapeMd(g.goal.name)}`, '');
        if (g.goal.description) lines.push(escapeMd(g.goal.description), '');
        if (g.challenges.length > 0) lines.push(`**${m.addresses}:** ${g.challenges.map(c => `${escapeMd(c.name)}${c.description ? ` (${escapeMd(c.description)})` : ''}`).join('; ')}`, '');
        lines.push(...elementResults(g.goal.results, m, ''));
        if (g.subgoals.length > 0) {
            lines.push(`**${m.subgoals}:**`, '');
            for (const sg of g.subgoals) {
                const note = sg.carried ? '' : ` _(${m.noActionForSubgoal})_`;
                lines.push(`- **${escapeMd(sg.subgoal.name)}**${sg.subgoal.description ? `: ${escapeMd(sg.subgoal.description)}` : ''}${note}`);
                for (const r of sg.subgoal.results) lines.push(...resultLines(r, m, '  '));
            }
            lines.push('');
        }
        if (g.carriedFromElsewhere.length > 0) lines.push(`_${escapeMd(m.carriedFromElsewhere(g.carriedFromElsewhere.map(a => a.name).join(', ')))}_`, '');
        else if (g.actions.length === 0) lines.push(`_${m.noActionYet}_`, '');
        for (const entry of g.actions) {
            if (entry.full) lines.push(...actionSection(entry.entry, m, g.goal));
            else lines.push(`### ${m.kind.action} ${escapeMd(entry.entry.action.name)}`, '', `_${escapeMd(m.seeAbove(entry.describedUnder!.name))}_`, '');
        }
    }
    if (plan.unlinked.length > 0) {
        lines.push(`## ${m.actionsWithoutGoal}`, '', m.actionsWithoutGoalIntro, '');
        for (const a of plan.unlinked) lines.push(...actionSection(a, m, undefined));
    }

    lines.push(`## ${m.openPoints(plan.openPoints.length)}`, '');
    if (plan.openPoints.length === 0) lines.push(m.noWarnings);
    for (const d of plan.openPoints) lines.push(`- **${m.severity[d.severity]}** (${m.line(d.line)}): ${escapeMessage(d.message)}`);
    lines.push('', '---', '', `_${m.madeWith}_`, '');
    return lines.join('\n');
}

function shorten(text: string, max: number): string {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length <= max ? flat : flat.slice(0, max - 1).trimEnd() + '…';
}

function names(els: ElementJson[]): string {
    return els.map(e => e.name).join(', ');
}

function actionSection(a: PlanAction, m: ReportMessages, under: ElementJson | undefined): string[] {
    const el = a.action;
    const lines = [`### ${m.kind.action} ${escapeMd(el.name)}`, ''];
    const tags = [horizonText(el, m), priorityText(el, m)].filter(Boolean).join(' · ');
    if (tags) lines.push(`_${escapeMd(tags)}_`, '');
    if (el.description) lines.push(escapeMd(el.description), '');
    lines.push(`- **${m.col.contributesTo}:** ${escapeMd(names(a.targets) || m.none)}`);
    const others = a.goals.filter(g => g.id !== under?.id);
    if (under && others.length > 0) lines.push(`- **${escapeMd(m.alsoServes(names(others)))}**`);
    if (el.owner) lines.push(`- **${m.col.owner}:** ${escapeMd(el.owner)}`);
    if (el.partners.length > 0) lines.push(`- **${m.col.partners}:** ${escapeMd(el.partners.join(', '))}`);
    if (el.results.length === 0) lines.push(`- **${m.col.results}:** _${m.noResult}_`);
    else {
        lines.push(`- **${m.col.results}:**`);
        for (const r of el.results) lines.push(...resultLines(r, m, '  '));
    }
    if (el.steps.length > 0) {
        lines.push(`- **${m.col.steps}:**`);
        el.steps.forEach((s, i) => lines.push(`  ${i + 1}. ${escapeMd(s)}`));
    }
    if (el.assumptions.length > 0) lines.push(`- **${m.assumptions}:** ${escapeMd(el.assumptions.join('; '))}`);
    lines.push('');
    return lines;
}

function elementResults(results: ResultJson[], m: ReportMessages, indent: string): string[] {
    if (results.length === 0) return [];
    return [`**${m.goalResults}:**`, '', ...results.flatMap(r => resultLines(r, m, indent)), ''];
}

function resultLines(r: ResultJson, m: ReportMessages, indent: string): string[] {
    const parts = [escapeMd(resultTitle(r))];
    if (r.norm) parts.push(`${m.norm} ${escapeMd(normText(r.norm, m))}`);
    parts.push(`**${stateText(r, m)}**`);
    const lines = [`${indent}- ${r.name ? `${escapeMd(r.name)}: ` : ''}${parts.join(' — ')}`];
    if (r.indicators.length === 0) lines.push(`${indent}  - ${m.kind.indicator}: _${m.noIndicator}_`);
    for (const ind of r.indicators) {
        const latest = latestOf(ind);
        const measured = latest ? `${m.latestMeasurement} ${measurementText(latest)}` : m.noMeasurement;
        const base = ind.baseline ? `, ${m.baseline} ${measurementText(ind.baseline)}` : '';
        lines.push(`${indent}  - ${m.kind.indicator}: ${escapeMd(indicatorTitle(ind))} (${escapeMd(measured + base)})`);
    }
    return lines;
}
