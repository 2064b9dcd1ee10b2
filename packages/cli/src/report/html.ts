/**
 * The action plan as one self-contained HTML file, to mail or print: the diagram inline as SVG, the
 * styles inline, no script, no font, image or link that leaves the file. Every text from the document
 * is escaped.
 */
import { indicatorTrendSvg } from 'toc-language';
import { escapeXml } from 'toc-language/plain';
import type { ElementJson, IndicatorJson, ResultJson } from 'toc-language/model';
import type { FileDiagnostic } from 'toc-language/node';
import { reportMessages, type ReportMessages } from '../messages.js';
import { REPORT_CSS } from './html-style.js';
import { indicatorTitle, latestOf, resultTitle, type Plan, type PlanAction, type PlanGoal } from './plan.js';
import { horizonText, measurementText, normText, priorityText, stateKey, stateText, today } from './words.js';

// The diagram's escaper, the project's one: HTML text and attributes need the same five escapes as XML.
const e = escapeXml;

/**
 * An SVG made to stand alone, ready to sit inside HTML: no XML prolog or doctype, and no namespace
 * declarations (an HTML parser puts <svg> in the SVG namespace by itself), so the file names no URL.
 */
export function inlineSvg(svg: string): string {
    return svg
        .replace(/<\?xml[^>]*\?>\s*/g, '')
        .replace(/<!DOCTYPE[^>]*>\s*/gi, '')
        .replace(/\s+xmlns(:\w+)?="[^"]*"/g, '');
}

export function planToHtml(plan: Plan, source: string, svg: string | undefined): string {
    const m = reportMessages(plan.theory.lang);
    const t = plan.theory;
    const title = t.title ? `${m.actionPlan}: ${t.title}` : m.actionPlan;
    const body: string[] = [];

    body.push('<header class="cover">',
        `<p class="eyebrow">${e(m.actionPlan)}</p>`,
        `<h1>${e(t.title ?? m.actionPlan)}</h1>`,
        t.vision ? `<p class="vision"><span class="label">${e(m.vision)}</span> ${e(t.vision)}</p>` : '',
        `<p class="source">${e(m.source(source, today()))}</p>`,
        '</header>');

    body.push(summary(plan, m));
    if (svg) {
        body.push(`<section class="diagram" aria-label="${e(m.diagram)}"><h2>${e(m.diagram)}</h2>`,
            `<figure>${inlineSvg(svg)}</figure></section>`);
    }
    for (const g of plan.goals) body.push(goalSection(g, m));
    if (plan.unlinked.length > 0) {
        body.push('<section class="goal unlinked">',
            `<h2>${e(m.actionsWithoutGoal)}</h2>`,
            `<p class="desc">${e(m.actionsWithoutGoalIntro)}</p>`,
            actionTable(plan.unlinked.map(entry => ({ entry, full: true })), m, undefined),
            '</section>');
    }
    body.push(openPoints(plan.openPoints, m));
    body.push(`<footer>${e(m.madeWith)}</footer>`);

    return `<!DOCTYPE html>
<html lang="${t.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="toc plan">
<title>${e(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<main>
${body.filter(Boolean).join('\n')}
</main>
</body>
</html>
`;
}

function summary(plan: Plan, m: ReportMessages): string {
    const s = plan.summary;
    const total = s.met + s.notMet + s.notMeasured;
    const bar = total === 0 ? '' : `<div class="bar" role="img" aria-label="${e(m.resultsLine(s.met, s.notMet, s.notMeasured))}">`
        + (['met', 'not-met', 'not-measured'] as const).map(k => {
            const n = k === 'met' ? s.met : k === 'not-met' ? s.notMet : s.notMeasured;
            return n > 0 ? `<span class="seg ${k}" style="flex-grow:${n}"></span>` : '';
        }).join('') + '</div>';
    const legend = `<ul class="legend">`
        + `<li><span class="dot met"></span>${s.met} ${e(m.state.met)}</li>`
        + `<li><span class="dot not-met"></span>${s.notMet} ${e(m.state['not-met'])}</li>`
        + `<li><span class="dot not-measured"></span>${s.notMeasured} ${e(m.state['not-measured'])}</li>`
        + (s.withoutNorm > 0 ? `<li class="sub">${e(m.resultsWithoutNorm(s.withoutNorm))}</li>` : '')
        + '</ul>';
    const goalsClass = s.goals > 0 && s.goalsCarried < s.goals ? ' attention' : '';
    const openClass = plan.openPoints.length > 0 ? ' attention' : ' good';
    return `<section class="summary" aria-label="${e(m.summary)}">
<h2 class="visually-hidden">${e(m.summary)}</h2>
<div class="card${goalsClass}"><strong>${s.goalsCarried}<small> / ${s.goals}</small></strong><span>${e(m.card.goals)}</span></div>
<div class="card"><strong>${s.actions}</strong><span>${e(m.card.actions)}</span></div>
<div class="card results"><strong>${total}</strong><span>${e(m.card.results)}</span>${bar}${legend}</div>
<div class="card${openClass}"><strong>${plan.openPoints.length}</strong><span>${e(m.card.open)}</span></div>
</section>`;
}

function goalSection(g: PlanGoal, m: ReportMessages): string {
    const goal = g.goal;
    const parts = [`<section class="goal" id="${e(anchor('goal', goal.id))}" data-toc-id="${e(goal.id)}">`,
        `<h2><span class="kind">${e(m.kind.goal)}</span> ${e(goal.name)}${goal.external ? ` <small>(${e(m.fromOtherFile)})</small>` : ''}</h2>`];
    if (goal.description) parts.push(`<p class="desc">${e(goal.description)}</p>`);
    if (g.challenges.length > 0) {
        parts.push(`<p class="addresses"><span class="label">${e(m.addresses)}</span> `
            + g.challenges.map(c => `<b>${e(c.name)}</b>${c.description ? ` — ${e(c.description)}` : ''}`).join('; ') + '</p>');
    }
    if (goal.results.length > 0) parts.push(`<div class="goal-results"><h3>${e(m.goalResults)}</h3>${resultList(goal.results, m)}</div>`);
    if (g.subgoals.length > 0) {
        parts.push(`<div class="subgoals"><h3>${e(m.subgoals)}</h3><ul>`);
        for (const sg of g.subgoals) {
            parts.push(`<li data-toc-id="${e(sg.subgoal.id)}"><b>${e(sg.subgoal.name)}</b>`
                + (sg.carried ? '' : ` <span class="chip warn">${e(m.noActionForSubgoal)}</span>`)
                + (sg.subgoal.description ? `<span class="sg-desc">${e(sg.subgoal.description)}</span>` : '')
                + (sg.subgoal.results.length > 0 ? resultList(sg.subgoal.results, m) : '')
                + '</li>');
        }
        parts.push('</ul></div>');
    }
    if (g.carriedFromElsewhere.length > 0) parts.push(`<p class="elsewhere">${e(m.carriedFromElsewhere(g.carriedFromElsewhere.map(a => a.name).join(', ')))}</p>`);
    if (g.actions.length === 0 && g.carriedFromElsewhere.length === 0) parts.push(`<p class="empty">${e(m.noActionYet)}</p>`);
    else if (g.actions.length > 0) parts.push(actionTable(g.actions, m, goal));
    parts.push('</section>');
    return parts.join('\n');
}

function actionTable(entries: Plan['goals'][number]['actions'], m: ReportMessages, under: ElementJson | undefined): string {
    const c = m.col;
    const rows = entries.map(({ entry, full, describedUnder }) => full ? actionRow(entry, m, under) : referenceRow(entry, describedUnder!, m));
    return `<table class="actions">
<colgroup><col class="c-action"><col class="c-target"><col class="c-results"><col class="c-who"><col class="c-steps"></colgroup>
<thead><tr><th>${e(c.action)}</th><th>${e(c.contributesTo)}</th><th>${e(c.resultsAndIndicators)}</th><th>${e(c.who)}</th><th>${e(c.steps)}</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>`;
}

function actionRow(a: PlanAction, m: ReportMessages, under: ElementJson | undefined): string {
    const el = a.action;
    const chips = [
        horizonText(el, m) ? `<span class="chip horizon h-${el.horizon}">${e(horizonText(el, m)!)}</span>` : '',
        priorityText(el, m) ? `<span class="chip prio p-${el.priority}">${e(priorityText(el, m)!)}</span>` : '',
    ].join('');
    const others = a.goals.filter(g => g.id !== under?.id);
    const also = under && others.length > 0 ? `<p class="also">${e(m.alsoServes(others.map(g => g.name).join(', ')))}</p>` : '';
    const assumptions = el.assumptions.length > 0
        ? `<p class="assumptions"><span class="label">${e(m.assumptions)}</span> ${el.assumptions.map(e).join('; ')}</p>` : '';
    const who = [
        el.owner ? `<p><span class="label">${e(m.col.owner)}</span> ${e(el.owner)}</p>` : '',
        el.partners.length > 0 ? `<p><span class="label">${e(m.col.partners)}</span> ${el.partners.map(e).join(', ')}</p>` : '',
    ].join('') || `<span class="none">${e(m.none)}</span>`;
    const steps = el.steps.length > 0 ? `<ol>${el.steps.map(s => `<li>${e(s)}</li>`).join('')}</ol>` : `<span class="none">${e(m.none)}</span>`;
    const results = el.results.length > 0 ? resultList(el.results, m) : `<p class="missing">${e(m.noResult)}</p>`;
    return `<tr id="${e(anchor('action', el.id))}" data-toc-id="${e(el.id)}" class="action">
<td class="action-cell"><div class="name">${e(el.name)}</div>${chips ? `<div class="chips">${chips}</div>` : ''}${el.description ? `<p class="desc">${e(el.description)}</p>` : ''}${assumptions}</td>
<td>${a.targets.length > 0 ? a.targets.map(t => `<span class="target">${e(t.name)}</span>`).join('') : `<span class="none">${e(m.none)}</span>`}${also}</td>
<td>${results}</td>
<td>${who}</td>
<td>${steps}</td>
</tr>`;
}

function referenceRow(a: PlanAction, describedUnder: ElementJson, m: ReportMessages): string {
    const el = a.action;
    return `<tr data-toc-id="${e(el.id)}" class="action reference">
<td class="action-cell"><div class="name">${e(el.name)}</div></td>
<td colspan="4"><a href="#${e(anchor('action', el.id))}">${e(m.seeAbove(describedUnder.name))}</a></td>
</tr>`;
}

function resultList(results: ResultJson[], m: ReportMessages): string {
    return `<ul class="results">${results.map(r => resultItem(r, m)).join('')}</ul>`;
}

function resultItem(r: ResultJson, m: ReportMessages): string {
    const key = stateKey(r);
    const norm = r.norm ? `<span class="norm">${e(m.norm)} ${e(normText(r.norm, m))}</span>` : '';
    const comparable = r.norm && r.latest && r.norm.percent === r.latest.percent && r.norm.value > 0 && r.latest.value >= 0;
    const meter = comparable ? normMeter(r.latest!.value, r.norm!.value, r.norm!.percent, key, m, measurementText(r.latest!), normText(r.norm!, m)) : '';
    const indicators = r.indicators.length > 0
        ? `<ul class="indicators">${r.indicators.map(i => indicatorItem(i, m, r)).join('')}</ul>`
        : `<p class="missing small">${e(m.noIndicator)}</p>`;
    return `<li class="result state-${key}" data-toc-id="${e(r.id)}">`
        + `<div class="result-head"><span class="status ${key}">${e(stateText(r, m))}</span>${norm}</div>`
        + `<p class="result-title">${r.name ? `<b>${e(r.name)}</b> ` : ''}${e(resultTitle(r) === r.name ? '' : resultTitle(r))}</p>`
        + meter + indicators + '</li>';
}

/**
 * A bar with the latest measurement filled and the norm marked: the distance to go, at a glance.
 * Percentages run from 0 to 100; counts from 0 to a bit beyond the norm (or the measurement).
 */
function normMeter(value: number, norm: number, percent: boolean, key: string, m: ReportMessages, valueText: string, normTxt: string): string {
    const full = percent ? 100 : Math.max(norm * 1.25, value);
    const at = (n: number) => Math.round(Math.max(0, Math.min(100, (n / full) * 100)) * 10) / 10;
    return `<div class="meter ${key}" role="img" aria-label="${e(m.measuredAgainstNorm(valueText, normTxt))}">`
        + `<span class="fill" style="width:${at(value)}%"></span><span class="mark" style="left:${at(norm)}%"></span></div>`;
}

function indicatorItem(i: IndicatorJson, m: ReportMessages, r: ResultJson): string {
    const latest = latestOf(i);
    // Two measurements or more: the trend against the norm and its deadline, as in the editor's hover.
    const chart = indicatorTrendSvg(i, r, m.lang, m.trendOf(indicatorTitle(i)));
    const measured = latest
        ? `<span class="measure">${e(m.latestMeasurement)} <b>${e(measurementText(latest))}</b></span>`
        : `<span class="measure none">${e(m.noMeasurement)}</span>`;
    const base = i.baseline ? `<span class="measure">${e(m.baseline)} ${e(measurementText(i.baseline))}</span>` : '';
    return `<li data-toc-id="${e(i.id)}"><span class="ind-label">${e(m.kind.indicator)}</span> ${e(indicatorTitle(i))} ${measured}${base}`
        + `${chart ? `<figure class="trend">${inlineSvg(chart)}</figure>` : ''}</li>`;
}

function openPoints(points: FileDiagnostic[], m: ReportMessages): string {
    const items = points.map(d => `<li class="${d.severity}"><span class="sev ${d.severity}">${e(m.severity[d.severity])}</span>`
        + `<span class="where">${e(m.line(d.line))}</span> ${messageHtml(d.message)}</li>`);
    return `<section class="open-points" id="open-points"><h2>${e(m.openPoints(points.length))}</h2>`
        + (points.length === 0 ? `<p class="good-news">${e(m.noWarnings)}</p>` : `<ul>${items.join('')}</ul>`) + '</section>';
}

/** Messages name elements as `Name`: show those as names, escape the rest. */
function messageHtml(text: string): string {
    return text.split(/`([^`\n]*)`/).map((part, i) => (i % 2 === 1 ? `<code>${e(part)}</code>` : e(part))).join('');
}

function anchor(prefix: string, id: string): string {
    return `${prefix}-${id.replace(/\s+/g, '_')}`;
}
