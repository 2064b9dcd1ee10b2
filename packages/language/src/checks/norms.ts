/** Numbers and dates that cannot be right: a percentage outside 0–100, a month 13. */
import { isBaseline, isMeasurement, isNorm, isTopMeasurement } from '../generated/ast.js';
import { formatNumber, isRealDate } from '../model/quantity.js';
import type { Check } from './check-context.js';
import { astIndex } from '../workspace/ast-index.js';

export const checkNormRanges: Check = ctx => {
    for (const node of astIndex(ctx.model.theory).nodes) {
        if (!(isNorm(node) || isMeasurement(node) || isTopMeasurement(node) || isBaseline(node))) continue;
        if (node.percent && (node.value < 0 || node.value > 100)) {
            ctx.report('norm-out-of-range', node, { value: formatNumber(node.value, ctx.lang) }, { property: 'value', messageKey: 'norm-out-of-range.percent' });
        }
        const date = isNorm(node) ? node.deadline : node.date;
        if (date && !isRealDate(date)) {
            ctx.report('norm-out-of-range', node, { date }, { property: isNorm(node) ? 'deadline' : 'date', messageKey: 'norm-out-of-range.date' });
        }
    }
};
