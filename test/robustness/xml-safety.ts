/**
 * Is an SVG (or HTML) string safe to show? It must be well-formed, hold no script, no event handler
 * attribute and no javascript: link, and — compared with the same drawing of harmless text — no element
 * or attribute that the user's text brought in.
 */
import { DOMParser, type Element as XmlElement, type Node as XmlNode } from '@xmldom/xmldom';
import { parse as parseHtml } from 'parse5';

export interface Markup {
    /** Problems found while parsing (not well-formed) or in what was parsed (script, on*, javascript:). */
    problems: string[];
    /** Every element name and attribute name, as "svg", "svg@width", in document order. */
    structure: string[];
    /** All text (text nodes and attribute values), to find the user's words in. */
    texts: string[];
}

export function parseSvg(svg: string): Markup {
    const problems: string[] = [];
    const doc = new DOMParser({
        onError: (level: string, message: string) => {
            if (level !== 'warning') problems.push(`SVG is not well-formed: ${message}`);
        },
    }).parseFromString(svg, 'image/svg+xml');
    const structure: string[] = [];
    const texts: string[] = [];
    const walk = (node: XmlNode) => {
        if (node.nodeType === 1) {
            const el = node as XmlElement;
            const name = el.localName ?? el.nodeName;
            structure.push(name);
            if (/^script$/i.test(name)) problems.push('SVG holds a <script> element');
            for (let i = 0; i < el.attributes.length; i++) {
                const a = el.attributes.item(i)!;
                structure.push(`${name}@${a.name}`);
                texts.push(a.value);
                if (/^on/i.test(a.localName ?? a.name)) problems.push(`SVG element <${name}> has an event attribute ${a.name}`);
                if (/href$/i.test(a.name) && /^\s*javascript:/i.test(a.value)) problems.push(`SVG link to ${a.value}`);
            }
        } else if (node.nodeType === 3 || node.nodeType === 4) {
            texts.push(node.nodeValue ?? '');
        }
        for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
    };
    if (doc.documentElement) walk(doc.documentElement);
    else problems.push('SVG has no root element');
    if (doc.documentElement && doc.documentElement.localName !== 'svg') problems.push(`SVG root is <${doc.documentElement.localName}>`);
    return { problems, structure, texts };
}

export function checkSvg(svg: string): string[] {
    return parseSvg(svg).problems;
}

interface Parse5Node { nodeName: string; tagName?: string; attrs?: Array<{ name: string; value: string }>; childNodes?: Parse5Node[]; content?: Parse5Node; value?: string }

/** The same for an HTML report (parse5 never fails; it repairs, so we compare structure instead). */
export function parseHtmlReport(html: string): Markup {
    const problems: string[] = [];
    const structure: string[] = [];
    const texts: string[] = [];
    const walk = (node: Parse5Node, inScript: boolean) => {
        if (node.tagName) {
            structure.push(node.tagName);
            for (const a of node.attrs ?? []) {
                structure.push(`${node.tagName}@${a.name}`);
                texts.push(a.value);
                if (/^on/i.test(a.name)) problems.push(`HTML element <${node.tagName}> has an event attribute ${a.name}`);
                if (/href$|src$/i.test(a.name) && /^\s*javascript:/i.test(a.value)) problems.push(`HTML link to ${a.value}`);
            }
        }
        if (node.nodeName === '#text' && !inScript) texts.push(node.value ?? '');
        for (const c of node.childNodes ?? []) walk(c, inScript || node.tagName === 'script' || node.tagName === 'style');
        if (node.content) walk(node.content, inScript);
    };
    walk(parseHtml(html) as unknown as Parse5Node, false);
    return { problems, structure, texts };
}

/** Names that appear in `hostile` but not in `benign`: what the text injected. */
export function injected(benign: string[], hostile: string[]): string[] {
    const counts = new Map<string, number>();
    for (const s of benign) counts.set(s, (counts.get(s) ?? 0) + 1);
    const extra: string[] = [];
    for (const s of hostile) {
        const n = counts.get(s) ?? 0;
        if (n === 0) extra.push(s);
        else counts.set(s, n - 1);
    }
    return extra;
}
