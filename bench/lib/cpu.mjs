/**
 * On-CPU time of a thread, from Linux's schedstat (nanoseconds). The machine is shared with other work,
 * so next to wall-clock time the report gives the time the measured thread actually ran: that is what
 * the same step would take on an idle machine, for single-threaded work.
 */
import * as fs from 'node:fs';

function schedMs(file) {
    try {
        return Number(fs.readFileSync(file, 'utf8').split(' ')[0]) / 1e6;
    } catch {
        return NaN;
    }
}

/** This thread's CPU time so far, in ms. */
export function threadCpuMs() {
    return schedMs('/proc/thread-self/schedstat');
}

/** The main thread of another process: its CPU time so far, in ms. */
export function mainThreadCpuMs(pid) {
    return schedMs(`/proc/${pid}/schedstat`);
}

/** The 1-minute load average (how busy the machine was). */
export function loadAverage() {
    try {
        return Number(fs.readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
    } catch {
        return NaN;
    }
}
