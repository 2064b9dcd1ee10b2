// Writes a page that loads the preview bundle outside VS Code, under the same CSP, with VS Code-like
// theme variables (light, dark or high contrast). Used by test/browser/diagram-render.test.ts.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { previewHtml } from './page.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

/** A few of VS Code's theme colours, enough for the diagram and the toolbar. */
export const THEME_VARIABLES = {
    light: {
        bodyClass: 'vscode-light',
        vars: {
            'editor-background': '#ffffff', 'editor-foreground': '#3b3b3b', 'descriptionForeground': '#616161',
            'charts-orange': '#d18616', 'charts-purple': '#652d90', 'charts-blue': '#1a85ff', 'charts-green': '#388a34', 'charts-red': '#e51400',
            'testing-iconPassed': '#388a34', 'testing-iconFailed': '#e51400', 'disabledForeground': '#61616180',
            'editorError-foreground': '#e51400', 'editorWarning-foreground': '#bf8803', 'editorInfo-foreground': '#1a85ff',
            'focusBorder': '#005fb8', 'panel-border': '#e5e5e5', 'button-background': '#005fb8', 'button-foreground': '#ffffff',
            'button-secondaryBackground': '#e5e5e5', 'button-secondaryForeground': '#3b3b3b', 'sideBar-background': '#f8f8f8',
            'font-family': 'system-ui, sans-serif', 'font-size': '13px',
        },
    },
    dark: {
        bodyClass: 'vscode-dark',
        vars: {
            'editor-background': '#1f1f1f', 'editor-foreground': '#cccccc', 'descriptionForeground': '#9d9d9d',
            'charts-orange': '#d18616', 'charts-purple': '#b180d7', 'charts-blue': '#3794ff', 'charts-green': '#89d185', 'charts-red': '#f14c4c',
            'testing-iconPassed': '#73c991', 'testing-iconFailed': '#f14c4c', 'disabledForeground': '#cccccc80',
            'editorError-foreground': '#f14c4c', 'editorWarning-foreground': '#cca700', 'editorInfo-foreground': '#3794ff',
            'focusBorder': '#0078d4', 'panel-border': '#2b2b2b', 'button-background': '#0078d4', 'button-foreground': '#ffffff',
            'button-secondaryBackground': '#313131', 'button-secondaryForeground': '#cccccc', 'sideBar-background': '#181818',
            'font-family': 'system-ui, sans-serif', 'font-size': '13px',
        },
    },
    'high-contrast': {
        bodyClass: 'vscode-high-contrast',
        vars: {
            'editor-background': '#000000', 'editor-foreground': '#ffffff', 'descriptionForeground': '#ffffff',
            'charts-orange': '#ffa657', 'charts-purple': '#d2a8ff', 'charts-blue': '#79c0ff', 'charts-green': '#89d185', 'charts-red': '#f48771',
            'testing-iconPassed': '#89d185', 'testing-iconFailed': '#f48771', 'disabledForeground': '#a5a5a5',
            'editorError-foreground': '#f48771', 'editorWarning-foreground': '#ffd33d', 'editorInfo-foreground': '#79c0ff',
            'focusBorder': '#f38518', 'contrastBorder': '#6fc3df', 'panel-border': '#6fc3df', 'button-background': '#000000', 'button-foreground': '#ffffff',
            'button-secondaryBackground': '#000000', 'button-secondaryForeground': '#ffffff', 'button-border': '#6fc3df', 'sideBar-background': '#000000',
            'font-family': 'system-ui, sans-serif', 'font-size': '13px',
        },
    },
};

/**
 * Writes <dir>/preview-<theme>.html plus copies of dist/preview.js and dist/preview.css and a theme
 * stylesheet; returns the page's file name. Serve <dir> under `origin` (the page's CSP names it).
 * @param {string} dir @param {{ theme?: 'light'|'dark'|'high-contrast', origin: string, nonce?: string, lang?: string }} o
 */
export function writeTestPage(dir, o) {
    const theme = o.theme ?? 'light';
    const t = THEME_VARIABLES[theme];
    fs.mkdirSync(dir, { recursive: true });
    for (const f of ['preview.js', 'preview.css']) fs.copyFileSync(path.join(here, 'dist', f), path.join(dir, f));
    const vars = Object.entries(t.vars).map(([k, v]) => `--vscode-${k}: ${v};`).join(' ');
    fs.writeFileSync(path.join(dir, `theme-${theme}.css`), `html { ${vars} }\n`);
    const nonce = o.nonce ?? 'tocTestNonce0123456789';
    const html = previewHtml({
        cspSource: o.origin, nonce, lang: o.lang ?? 'en', bodyClass: t.bodyClass,
        scriptUri: `${o.origin}/preview.js`, styleUri: `${o.origin}/preview.css`,
        extraHead: `<link rel="stylesheet" href="${o.origin}/theme-${theme}.css">`,
    });
    const name = `preview-${theme}.html`;
    fs.writeFileSync(path.join(dir, name), html);
    return name;
}
