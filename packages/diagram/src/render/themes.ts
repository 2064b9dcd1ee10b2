/**
 * Colours. light/dark/high-contrast are fixed (for files written by the command line); 'vscode' uses
 * VS Code's theme variables, so the preview follows the editor's light, dark and high-contrast themes.
 * The same CSS generator serves all four, so every theme styles the same classes.
 */
import type { ElementKindJson } from 'toc-language/model';

export type ThemeName = 'light' | 'dark' | 'high-contrast' | 'vscode';

interface KindColours { stroke: string; fill: string; label: string; pillText: string }

export interface Palette {
    bg: string;
    fg: string;
    muted: string;
    kinds: Record<ElementKindJson, KindColours>;
    boxWidth: number;
    cardFill: string;
    cardStroke: string;
    indicatorFill: string;
    indicatorMark: string;
    divider: string;
    edge: string;
    edgeImplicit: string;
    status: { met: string; notMet: string; notMeasured: string };
    badge: { error: string; warning: string; info: string; hint: string; text: string };
    selected: string;
    codeFill: string;
}

const light: Palette = {
    bg: '#f8fafc', fg: '#1e293b', muted: '#475569',
    kinds: {
        challenge: { stroke: '#c2410c', fill: '#fff7ed', label: '#9a3412', pillText: '#ffffff' },
        goal: { stroke: '#7c3aed', fill: '#f5f3ff', label: '#6d28d9', pillText: '#ffffff' },
        subgoal: { stroke: '#2563eb', fill: '#eff6ff', label: '#1d4ed8', pillText: '#ffffff' },
        action: { stroke: '#0f766e', fill: '#f0fdfa', label: '#0f766e', pillText: '#ffffff' },
    },
    boxWidth: 1.5,
    cardFill: '#ffffff', cardStroke: '#dbe2ea', indicatorFill: '#f1f5f9', indicatorMark: '#94a3b8', divider: '#cbd5e1',
    edge: '#64748b', edgeImplicit: '#a3b1c2',
    status: { met: '#15803d', notMet: '#b91c1c', notMeasured: '#64748b' },
    badge: { error: '#dc2626', warning: '#b45309', info: '#2563eb', hint: '#64748b', text: '#ffffff' },
    selected: '#f59e0b', codeFill: '#eef2f7',
};

const dark: Palette = {
    bg: '#16191f', fg: '#e5e7eb', muted: '#a8b0bd',
    kinds: {
        challenge: { stroke: '#fb923c', fill: '#2b1d13', label: '#fdba74', pillText: '#1a1208' },
        goal: { stroke: '#a78bfa', fill: '#211b36', label: '#c4b5fd', pillText: '#130f22' },
        subgoal: { stroke: '#60a5fa', fill: '#15223a', label: '#93c5fd', pillText: '#0b1322' },
        action: { stroke: '#2dd4bf', fill: '#0f2a28', label: '#5eead4', pillText: '#06201d' },
    },
    boxWidth: 1.5,
    cardFill: '#0f1216', cardStroke: '#334155', indicatorFill: '#1b2129', indicatorMark: '#64748b', divider: '#3b4656',
    edge: '#94a3b8', edgeImplicit: '#5b6778',
    status: { met: '#4ade80', notMet: '#f87171', notMeasured: '#94a3b8' },
    badge: { error: '#ef4444', warning: '#f59e0b', info: '#3b82f6', hint: '#64748b', text: '#0b0b0b' },
    selected: '#fbbf24', codeFill: '#232831',
};

const highContrast: Palette = {
    bg: '#000000', fg: '#ffffff', muted: '#ffffff',
    kinds: {
        challenge: { stroke: '#ffa657', fill: '#000000', label: '#ffa657', pillText: '#000000' },
        goal: { stroke: '#d2a8ff', fill: '#000000', label: '#d2a8ff', pillText: '#000000' },
        subgoal: { stroke: '#79c0ff', fill: '#000000', label: '#79c0ff', pillText: '#000000' },
        action: { stroke: '#56d4c4', fill: '#000000', label: '#56d4c4', pillText: '#000000' },
    },
    boxWidth: 2.5,
    cardFill: '#000000', cardStroke: '#ffffff', indicatorFill: '#000000', indicatorMark: '#ffffff', divider: '#ffffff',
    edge: '#ffffff', edgeImplicit: '#c0c0c0',
    status: { met: '#3fb950', notMet: '#ff7b72', notMeasured: '#e0e0e0' },
    badge: { error: '#ff7b72', warning: '#ffd33d', info: '#79c0ff', hint: '#ffffff', text: '#000000' },
    selected: '#ffd33d', codeFill: '#000000',
};

const v = (name: string, fallback: string) => `var(--vscode-${name}, ${fallback})`;
const mix = (colour: string, percent: number, base: string) => `color-mix(in srgb, ${colour} ${percent}%, ${base})`;
const BG = v('editor-background', light.bg);
const FG = v('editor-foreground', light.fg);
const chart = (name: string, fallback: string): KindColours => ({
    stroke: v(`charts-${name}`, fallback), fill: mix(v(`charts-${name}`, fallback), 9, BG), label: v(`charts-${name}`, fallback), pillText: BG,
});

const vscode: Palette = {
    bg: BG, fg: FG, muted: v('descriptionForeground', light.muted),
    kinds: {
        challenge: chart('orange', light.kinds.challenge.stroke),
        goal: chart('purple', light.kinds.goal.stroke),
        subgoal: chart('blue', light.kinds.subgoal.stroke),
        action: chart('green', light.kinds.action.stroke),
    },
    boxWidth: 1.5,
    cardFill: BG, cardStroke: mix(FG, 18, BG), indicatorFill: mix(FG, 5, BG), indicatorMark: mix(FG, 40, BG), divider: mix(FG, 22, BG),
    edge: mix(FG, 60, BG), edgeImplicit: mix(FG, 35, BG),
    status: { met: v('testing-iconPassed', light.status.met), notMet: v('testing-iconFailed', light.status.notMet), notMeasured: v('disabledForeground', light.status.notMeasured) },
    badge: { error: v('editorError-foreground', light.badge.error), warning: v('editorWarning-foreground', light.badge.warning), info: v('editorInfo-foreground', light.badge.info), hint: v('descriptionForeground', light.badge.hint), text: BG },
    selected: v('focusBorder', light.selected), codeFill: v('textCodeBlock-background', light.codeFill),
};

export const PALETTES: Record<ThemeName, Palette> = { 'light': light, 'dark': dark, 'high-contrast': highContrast, 'vscode': vscode };

/** The stylesheet for a theme. Scoped under .toc-diagram so it can live in a page with other content. */
export function themeCss(theme: ThemeName): string {
    const p = PALETTES[theme];
    const r: string[] = [];
    const rule = (sel: string, body: string) => r.push(`.toc-diagram ${sel}{${body}}`);
    rule('.toc-bg', `fill:${p.bg}`);
    rule('text', `fill:${p.fg}`);
    rule('.toc-title', `fill:${p.fg}`);
    rule('.toc-vision,.toc-desc,.toc-meta,.toc-legend-text,.toc-indicator-text', `fill:${p.muted}`);
    rule('.toc-name,.toc-result-text,.toc-norm', `fill:${p.fg}`);
    rule('.toc-loose-caption', `fill:${p.muted}`);
    rule('.toc-missing', `fill:${p.muted};font-style:italic`);
    for (const [kind, k] of Object.entries(p.kinds)) {
        rule(`.toc-${kind} > .toc-box`, `fill:${k.fill};stroke:${k.stroke};stroke-width:${p.boxWidth}`);
        rule(`.toc-${kind} > .toc-kind-label`, `fill:${k.label}`);
        rule(`.toc-${kind} .toc-horizon`, `fill:${k.stroke}`);
        rule(`.toc-${kind} .toc-horizon-text`, `fill:${k.pillText}`);
    }
    rule('.toc-card', `fill:${p.cardFill};stroke:${p.cardStroke};stroke-width:1`);
    rule('.toc-indicator-box', `fill:${p.indicatorFill};stroke:none`);
    rule('.toc-indicator-mark', `fill:${p.indicatorMark}`);
    rule('.toc-divider', `stroke:${p.divider};stroke-width:1`);
    rule('.toc-dot-met,.toc-legend-met', `fill:${p.status.met}`);
    rule('.toc-dot-not-met,.toc-legend-not-met', `fill:${p.status.notMet}`);
    rule('.toc-dot-not-measured,.toc-legend-not-measured', `fill:none;stroke:${p.status.notMeasured};stroke-width:2`);
    rule('.toc-status-met', `fill:${p.status.met}`);
    rule('.toc-status-not-met', `fill:${p.status.notMet}`);
    rule('.toc-status-not-measured', `fill:${p.muted}`);
    rule('.toc-edge-line', `fill:none;stroke:${p.edge};stroke-width:1.6`);
    rule('.toc-arrow', `fill:${p.edge};stroke:none`);
    rule('.toc-implicit > .toc-edge-line', `stroke:${p.edgeImplicit};stroke-width:1.3`);
    rule('.toc-implicit > .toc-arrow', `fill:${p.edgeImplicit}`);
    rule('.toc-badge-error', `fill:${p.badge.error}`);
    rule('.toc-badge-warning', `fill:${p.badge.warning}`);
    rule('.toc-badge-info', `fill:${p.badge.info}`);
    rule('.toc-badge-hint', `fill:${p.badge.hint}`);
    rule('.toc-badge-text', `fill:${p.badge.text}`);
    rule('.toc-external', 'opacity:0.55');
    rule('.toc-external > .toc-box', 'stroke-dasharray:6 4');
    rule('.toc-selected > .toc-box', `stroke:${p.selected};stroke-width:3.5`);
    rule('.toc-edge.toc-selected > .toc-edge-line', `stroke:${p.selected};stroke-width:2.5`);
    rule('.toc-edge.toc-selected > .toc-arrow', `fill:${p.selected}`);
    rule('.toc-code-box', `fill:${p.codeFill};stroke:none`);
    rule('.toc-code', `fill:${p.fg}`);
    rule('.toc-empty-box', `fill:${p.cardFill};stroke:${p.cardStroke};stroke-width:1`);
    if (theme === 'vscode') {
        // VS Code's high-contrast themes: no tints, strong borders.
        r.push(`.vscode-high-contrast .toc-diagram .toc-node > .toc-box{fill:${p.bg};stroke-width:2.5}`);
        r.push(`.vscode-high-contrast .toc-diagram .toc-card{stroke:${v('contrastBorder', p.fg)}}`);
    }
    return r.join('\n');
}
