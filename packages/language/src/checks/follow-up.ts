/**
 * Follow-up: is the theory still being measured, has a deadline passed with the norm missed, and will
 * the norm be reached at the current pace? All three need measurements: a theory without any gets none
 * of them. "Today" comes from the context (the Clock service), never from the wall clock here.
 */
import type { Result } from '../generated/ast.js';
import { compare, formatNumber, formatQuantity, operatorSymbol } from '../model/quantity.js';
import { addMonths, dayNumber, deadlineDay, linearTrend, trendPoints } from '../model/trend.js';
import type { Check } from './check-context.js';
import { label } from './labels.js';

export const checkFollowUp: Check = ctx => {
    const today = dayNumber(ctx.followUp.today);
    for (const el of ctx.model.elements) {
        if (el.kind !== 'result') continue;
        const status = ctx.model.statusOf(el);
        const norm = status.norm;
        const deadline = norm?.deadline ? deadlineDay(norm.deadline) : undefined;
        const property = (el.node as Result).name ? 'name' : 'keyword';
        const normText = norm ? `${operatorSymbol(norm.operator)} ${formatQuantity(norm, ctx.lang)}` : '';

        if (norm && deadline !== undefined && deadline < today && status.state === 'not-met' && status.latest) {
            ctx.report('deadline-passed', el, {
                el: label(ctx, el), deadline: norm.deadline!, value: formatQuantity(status.latest, ctx.lang),
                date: status.latest.date ?? '—', norm: normText,
            }, { property });
        }

        // The pace of the indicator that gave the latest measurement, only while the deadline lies ahead.
        if (norm && deadline !== undefined && deadline >= today && status.latest && norm.operator !== '=') {
            const points = trendPoints(ctx.model.measurementsOf(status.latest.indicator), norm);
            const trend = linearTrend(points);
            if (trend) {
                const projected = bounded(trend.at(deadline), points.map(p => p.value), norm.percent);
                if (!compare(projected, norm.operator, norm.value)) {
                    ctx.report('norm-at-risk', el, {
                        el: label(ctx, el), deadline: norm.deadline!, norm: normText, count: points.length,
                        projected: formatQuantity({ ...norm, value: Math.round(projected * 10) / 10 }, ctx.lang),
                    }, { property });
                }
            }
        }

        // An indicator measured once but not for N months, while its result still has to be followed up.
        const done = deadline !== undefined && deadline < today;
        if (done) continue;
        for (const indicator of el.children) {
            const dated = ctx.model.measurementsOf(indicator).filter(m => m.date);
            const last = dated[dated.length - 1];
            if (!last || addMonths(last.date!, ctx.followUp.staleMonths) >= today) continue;
            ctx.report('measurement-stale', indicator, {
                el: label(ctx, indicator), date: last.date!, months: formatNumber(ctx.followUp.staleMonths, ctx.lang),
            });
        }
    }
};

/** A straight line can run below zero or past 100%; counts and percentages that never did stay within. */
function bounded(value: number, measured: number[], percent: boolean): number {
    let v = value;
    if (measured.every(m => m >= 0)) v = Math.max(0, v);
    if (percent) v = Math.min(100, v);
    return v;
}
