/** Text still reading like the template or quick fix that wrote it: the plan is not finished there. */
import type { Result } from '../generated/ast.js';
import { shorten } from '../i18n/messages.js';
import { isPlaceholderName, isPlaceholderNorm, isPlaceholderText } from '../model/placeholders.js';
import type { Check } from './check-context.js';
import { label } from './labels.js';

export const checkPlaceholders: Check = ctx => {
    for (const el of ctx.model.elements) {
        if (isPlaceholderName(el.name)) ctx.report('placeholder', el, { name: el.name! }, { property: 'name', messageKey: 'placeholder.name' });
        if (isPlaceholderText(el.description)) {
            ctx.report('placeholder', el, { el: label(ctx, el), text: shorten(el.description!, 60) }, { property: 'description', messageKey: 'placeholder.text' });
        }
        if (el.kind !== 'result') continue;
        for (const norm of (el.node as Result).norms) {
            if (isPlaceholderNorm(norm)) ctx.report('placeholder', norm, { el: label(ctx, el) }, { property: 'value', messageKey: 'placeholder.norm' });
        }
    }
};
