/**
 * Everything that comes from the user's text passes through here before it reaches SVG: it is only ever
 * character data or a quoted attribute value, never markup.
 */

// C0 controls but tab/newline/return, DEL and C1 controls, noncharacters XML forbids, lone surrogates.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes characters that are not allowed in XML (or would only confuse a reader). */
export function cleanText(text: string): string {
    return text.replace(FORBIDDEN, '');
}

/** Escapes text for use as XML character data or inside a double- or single-quoted attribute. */
export function escapeXml(text: string): string {
    return cleanText(text)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
}

/** For <title>: like escapeXml, and keeps line breaks (browsers show them in the tooltip). */
export function escapeTitle(text: string): string {
    return escapeXml(text.replace(/\r\n?/g, '\n'));
}
