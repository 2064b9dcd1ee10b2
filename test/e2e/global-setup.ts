/** vitest globalSetup for the e2e project: one code-server for all e2e files, stopped at the end. */
import type { TestProject } from 'vitest/node';
import { startCodeServer } from './harness/code-server.js';
import './harness/session.js';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
    const { info, stop } = await startCodeServer();
    project.provide('codeServer', info);
    return stop;
}
