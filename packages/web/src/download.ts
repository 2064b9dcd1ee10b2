/** Saving what the page made: the browser's save dialog where it has one, a download otherwise. */
interface SaveFilePicker {
    showSaveFilePicker?(options: { suggestedName: string; types?: Array<{ description: string; accept: Record<string, string[]> }> }): Promise<{
        createWritable(): Promise<{ write(data: Blob): Promise<void>; close(): Promise<void> }>;
    }>;
}

export function download(name: string, data: Blob): void {
    const url = URL.createObjectURL(data);
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A .toc file: through the File System Access API when the browser has it (Chrome, Edge), else a download. */
export async function saveText(name: string, text: string, description: string): Promise<void> {
    const blob = new Blob([text], { type: 'text/plain;charset=utf-8' });
    const picker = (window as unknown as SaveFilePicker).showSaveFilePicker;
    if (!picker) return download(name, blob);
    try {
        const handle = await picker.call(window, { suggestedName: name, types: [{ description, accept: { 'text/plain': ['.toc'] } }] });
        const writable = await handle.createWritable();
        await writable.write(blob);
        await writable.close();
    } catch (e) {
        if ((e as { name?: string }).name !== 'AbortError') download(name, blob);
    }
}

export function dataUrlToBlob(dataUrl: string): Blob {
    const m = /^data:([^;,]*)(;base64)?,(.*)$/s.exec(dataUrl);
    if (!m) return new Blob([dataUrl]);
    const [, type, base64, payload = ''] = m; // group 3 `(.*)` always takes part in a match
    const bytes = base64 ? Uint8Array.from(atob(payload), c => c.charCodeAt(0)) : new TextEncoder().encode(decodeURIComponent(payload));
    return new Blob([bytes], { type: type || 'application/octet-stream' });
}
