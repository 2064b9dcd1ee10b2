/** Export of the current picture: SVG text in a fixed theme, or PNG drawn via a canvas. */
import { renderSvg, type LayoutedDiagram, type ThemeName } from 'toc-diagram/core';

/** The fixed theme that matches VS Code's current theme (body class), so the file looks as on screen. */
export function currentFixedTheme(): Exclude<ThemeName, 'vscode'> {
    const c = document.body.classList;
    if (c.contains('vscode-high-contrast') && !c.contains('vscode-high-contrast-light')) return 'high-contrast';
    if (c.contains('vscode-dark')) return 'dark';
    return 'light';
}

export function exportSvg(layouted: LayoutedDiagram): string {
    return renderSvg(layouted, { theme: currentFixedTheme() });
}

export async function exportPng(layouted: LayoutedDiagram, scale = 2): Promise<string> {
    const svg = exportSvg(layouted);
    const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    try {
        const img = new Image();
        await new Promise<void>((resolve, reject) => {
            img.onload = () => resolve();
            img.onerror = () => reject(new Error('the SVG could not be drawn'));
            img.src = url;
        });
        const canvas = document.createElement('canvas');
        canvas.width = Math.ceil(img.naturalWidth * scale);
        canvas.height = Math.ceil(img.naturalHeight * scale);
        const ctx = canvas.getContext('2d');
        if (!ctx) throw new Error('no canvas');
        ctx.scale(scale, scale);
        ctx.drawImage(img, 0, 0);
        return canvas.toDataURL('image/png');
    } finally {
        URL.revokeObjectURL(url);
    }
}
