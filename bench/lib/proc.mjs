/**
 * Runs a command as a whole process and measures it: wall time, peak memory of its largest process
 * (/usr/bin/time's maximum resident set), and the peak of the sum over its whole process tree (sampled
 * every 50 ms from /proc; Mermaid's CLI runs a browser with several processes).
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';

const TIME = '/usr/bin/time';
export const hasTime = fs.existsSync(TIME);

function treeRssKb(root) {
    const parent = new Map();
    for (const d of fs.readdirSync('/proc')) {
        if (!/^\d+$/.test(d)) continue;
        try {
            const stat = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
            const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
            parent.set(Number(d), ppid);
        } catch { /* gone */ }
    }
    let sum = 0;
    for (const pid of parent.keys()) {
        let p = pid;
        while (p && p !== root && parent.has(p)) p = parent.get(p);
        if (p !== root) continue;
        try {
            const m = /^VmRSS:\s+(\d+)/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
            if (m) sum += Number(m[1]);
        } catch { /* gone */ }
    }
    return sum;
}

/**
 * @returns {Promise<{ ms: number, maxRssMb?: number, cpuMs?: number, treeRssMb: number, code: number, stderr: string }>}
 */
export function measureProcess(cmd, args, { cwd, env = {}, timeoutMs = 600_000 } = {}) {
    return new Promise(resolve => {
        const wrapped = hasTime ? [TIME, ['-f', '@@time %e %M %U %S', cmd, ...args]] : [cmd, args];
        const t0 = performance.now();
        const child = spawn(wrapped[0], wrapped[1], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
        let stderr = '';
        child.stderr.on('data', d => { stderr += d; });
        let peak = 0;
        const sample = () => { peak = Math.max(peak, treeRssKb(child.pid)); };
        const timer = setInterval(sample, 50);
        const killer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
        child.on('exit', (code, signal) => {
            const ms = performance.now() - t0;
            clearInterval(timer);
            clearTimeout(killer);
            const m = /@@time ([\d.]+) (\d+) ([\d.]+) ([\d.]+)/.exec(stderr);
            resolve({
                ms, code: code ?? (signal ? 128 : 1), timedOut: signal === 'SIGKILL',
                maxRssMb: m ? Math.round(Number(m[2]) / 1024) : undefined,
                // user + system CPU of the process and its waited-for children: what an idle machine would take.
                cpuMs: m ? Math.round((Number(m[3]) + Number(m[4])) * 1000) : undefined,
                treeRssMb: Math.round(peak / 1024),
                stderr: stderr.replace(/@@time.*\n?/, ''),
            });
        });
    });
}
