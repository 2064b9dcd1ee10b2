/**
 * Pan (drag, wheel), zoom (Ctrl/Cmd+wheel, pinch, keys, buttons) and fit for the diagram, by a CSS transform on
 * the stage. The wheel scrolls and Ctrl/Cmd+wheel zooms, as in VS Code's image preview; a pinch on a touchpad
 * arrives as a wheel event with ctrlKey.
 */
import { DRAWING_MARGIN } from 'toc-diagram/core';

export interface ViewState { x: number; y: number; k: number; userMoved: boolean }

export class Viewport {
    private x = 0;
    private y = 0;
    private k = 1;
    private drag: { id: number; x: number; y: number; moved: boolean } | undefined;
    /** True right after a drag, so the click that ends it does not select a node. */
    justDragged = false;
    /** The user zoomed or panned: a resize then keeps the view instead of fitting again. */
    userMoved = false;
    /** Called after every change of the view (to remember it). */
    onChange: () => void = () => undefined;

    constructor(private readonly frame: HTMLElement, private readonly stage: HTMLElement) {
        frame.addEventListener('wheel', e => this.onWheel(e), { passive: false });
        frame.addEventListener('pointerdown', e => this.onDown(e));
        frame.addEventListener('pointermove', e => this.onMove(e));
        frame.addEventListener('pointerup', e => this.onUp(e));
        frame.addEventListener('pointercancel', e => this.onUp(e));
    }

    get scale(): number {
        return this.k;
    }

    private apply(): void {
        this.stage.style.transform = `translate(${this.x}px, ${this.y}px) scale(${this.k})`;
        this.stage.dataset.tocScale = String(this.k);
        this.onChange();
    }

    get view(): ViewState {
        return { x: this.x, y: this.y, k: this.k, userMoved: this.userMoved };
    }

    restore(v: ViewState): void {
        if (![v.x, v.y, v.k].every(Number.isFinite) || v.k <= 0) return;
        ({ x: this.x, y: this.y, k: this.k, userMoved: this.userMoved } = v);
        this.apply();
    }

    private content(): { width: number; height: number } {
        const svg = this.stage.querySelector('svg');
        return { width: svg?.width.baseVal.value ?? 0, height: svg?.height.baseVal.value ?? 0 };
    }

    /**
     * Whole diagram visible, never enlarged beyond 100%. With `minScale` (the first view of a large
     * theory) text stays readable: the diagram then starts at its top left and the rest is a drag away.
     */
    fit(minScale = 0): void {
        const { width, height } = this.content();
        // The frame's size now, not the one of the last resize event.
        const fw = this.frame.clientWidth, fh = this.frame.clientHeight;
        if (!width || !height || !fw || !fh) return;
        this.k = Math.max(Math.min(1, fw / width, fh / height), Math.min(1, minScale));
        // Centred when it fits, or when only the drawing's margins do not (the boxes then are all inside);
        // else from the top left, where the actions start.
        const centre = (content: number, room: number) => (content * this.k - room <= 2 * DRAWING_MARGIN * this.k ? (room - content * this.k) / 2 : 0);
        this.x = centre(width, fw);
        this.y = centre(height, fh);
        this.userMoved = false;
        this.apply();
    }

    zoomBy(factor: number, cx = this.frame.clientWidth / 2, cy = this.frame.clientHeight / 2): void {
        const k = Math.min(4, Math.max(0.05, this.k * factor));
        this.x = cx - ((cx - this.x) * k) / this.k;
        this.y = cy - ((cy - this.y) * k) / this.k;
        this.k = k;
        this.userMoved = true;
        this.apply();
    }

    /** `byUser` false: the preview moved the view itself (to show a found or highlighted box). */
    panBy(dx: number, dy: number, byUser = true): void {
        this.x += dx;
        this.y += dy;
        if (byUser) this.userMoved = true;
        this.apply();
    }

    /** Puts the element (inside the stage) in the middle of the frame, at the current zoom. */
    centreOn(el: Element): void {
        const box = el.getBoundingClientRect();
        const frame = this.frame.getBoundingClientRect();
        this.panBy(frame.left + frame.width / 2 - (box.left + box.width / 2), frame.top + frame.height / 2 - (box.top + box.height / 2), false);
    }

    /** Scrolls so the element (inside the stage) is in view, with a margin. */
    reveal(el: Element): void {
        const box = el.getBoundingClientRect();
        const frame = this.frame.getBoundingClientRect();
        const m = 24;
        let dx = 0, dy = 0;
        if (box.width + 2 * m > frame.width) dx = frame.left + m - box.left;
        else if (box.left < frame.left + m) dx = frame.left + m - box.left;
        else if (box.right > frame.right - m) dx = frame.right - m - box.right;
        if (box.height + 2 * m > frame.height) dy = frame.top + m - box.top;
        else if (box.top < frame.top + m) dy = frame.top + m - box.top;
        else if (box.bottom > frame.bottom - m) dy = frame.bottom - m - box.bottom;
        if (dx || dy) this.panBy(dx, dy, false);
    }

    private onWheel(e: WheelEvent): void {
        e.preventDefault();
        const rect = this.frame.getBoundingClientRect();
        const lines = e.deltaMode === 1 ? 20 : e.deltaMode === 2 ? this.frame.clientHeight : 1;
        if (e.ctrlKey || e.metaKey) {
            // Pinch gives small deltas, a wheel notch about 100 px: both zoom smoothly.
            this.zoomBy(Math.exp(-e.deltaY * lines * 0.002), e.clientX - rect.left, e.clientY - rect.top);
        } else if (e.shiftKey && !e.deltaX) {
            this.panBy(-e.deltaY * lines, 0);
        } else {
            this.panBy(-e.deltaX * lines, -e.deltaY * lines);
        }
    }

    private onDown(e: PointerEvent): void {
        if (e.button !== 0) return;
        this.drag = { id: e.pointerId, x: e.clientX, y: e.clientY, moved: false };
    }

    private onMove(e: PointerEvent): void {
        const d = this.drag;
        if (!d || d.id !== e.pointerId) return;
        const dx = e.clientX - d.x, dy = e.clientY - d.y;
        if (!d.moved && Math.hypot(dx, dy) < 4) return;
        if (!d.moved) {
            d.moved = true;
            this.frame.setPointerCapture(e.pointerId);
            this.frame.classList.add('toc-dragging');
        }
        d.x = e.clientX;
        d.y = e.clientY;
        this.panBy(dx, dy);
    }

    private onUp(e: PointerEvent): void {
        const d = this.drag;
        if (!d || d.id !== e.pointerId) return;
        this.drag = undefined;
        this.frame.classList.remove('toc-dragging');
        if (d.moved) {
            this.justDragged = true;
            setTimeout(() => (this.justDragged = false), 0);
        }
    }
}
