/**
 * `toc-language/plain`: the few values the diagram and the webview share with the language at run time.
 * Nothing here imports anything but types and its own folder (dependency-cruiser `plain-imports-nothing`),
 * so taking it never pulls a parser into the webview.
 */
export { cleanText, escapeTitle, escapeXml } from './escape.js';
export { HORIZON_NAMES } from './horizon-names.js';
