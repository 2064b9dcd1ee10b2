import { elementLabel } from '../i18n/messages.js';
import type { ModelElement } from '../model/theory-model.js';
import type { CheckContext } from './check-context.js';

export function label(ctx: Pick<CheckContext, 'lang'>, el: ModelElement): string {
    return elementLabel(ctx.lang, el.kind, el.name, el.description);
}
