/** Compiler-style text: `path:line:col  severity  message  [rule]`, then a summary line. */
import type { FileDiagnostic } from 'toc-language/node';

const COLOR: Record<FileDiagnostic['severity'], string> = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m', hint: '\x1b[90m' };
const RESET = '\x1b[0m';
const DIM = '\x1b[2m';

export function formatText(diagnostics: FileDiagnostic[], files: number, color: boolean, relative: (file: string) => string): string {
    const lines: string[] = [];
    for (const d of diagnostics) {
        const where = `${relative(d.file)}:${d.line}:${d.column}`;
        const sev = color ? `${COLOR[d.severity]}${d.severity}${RESET}` : d.severity;
        const rule = color ? `${DIM}[${d.rule}]${RESET}` : `[${d.rule}]`;
        lines.push(`${where}  ${sev}  ${d.message}  ${rule}`);
    }
    lines.push(summary(diagnostics, files));
    return lines.join('\n') + '\n';
}

export function summary(diagnostics: FileDiagnostic[], files: number): string {
    const count = (s: FileDiagnostic['severity']) => diagnostics.filter(d => d.severity === s).length;
    const parts = [`${count('error')} error${count('error') === 1 ? '' : 's'}`, `${count('warning')} warning${count('warning') === 1 ? '' : 's'}`];
    const info = count('info') + count('hint');
    if (info > 0) parts.push(`${info} note${info === 1 ? '' : 's'}`);
    return `${files} file${files === 1 ? '' : 's'} checked: ${parts.join(', ')}`;
}
