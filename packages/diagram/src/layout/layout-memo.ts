/**
 * The last layout, reused while only the text inside the boxes changes. ELK is deterministic (it
 * runs with a fixed random seed), so the same input graph (ids, box sizes, column hints, arrows and
 * options) gets the same positions back. Typing in a description mostly leaves every box its size,
 * and then the picture is redrawn without laying it out again.
 */
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import type { ElkLike } from './elk-layout.js';

export class LayoutMemo {
    private key: string | undefined;
    private result: ElkNode | undefined;
    /** How many layouts ran in ELK, and how many were answered from the last one. */
    readonly counts = { laidOut: 0, reused: 0 };

    /** ELK's answer for `elkGraph`: the last one if its input was the same, or a new layout by `elk`. */
    async layout(elk: ElkLike, elkGraph: ElkNode): Promise<ElkNode> {
        // The key is taken before ELK runs: the in-thread ELK writes its positions into the graph it is given.
        const key = JSON.stringify(elkGraph);
        if (key === this.key && this.result) {
            this.counts.reused++;
            return this.result;
        }
        const result = await elk.layout(elkGraph);
        this.key = key;
        this.result = result;
        this.counts.laidOut++;
        return result;
    }
}
