/**
 * Entry point of VS Code for the Web (`browser`: vscode.dev, github.dev, code-server's web worker extension
 * host): no Node, so the language server runs in a Web Worker (client-browser.ts).
 */
import type * as vscode from 'vscode';
import { activateWith } from './activate.js';
import { createBrowserClient } from './client-browser.js';

export function activate(context: vscode.ExtensionContext): void {
    activateWith(context, createBrowserClient, 'browser');
}

export { deactivate } from './activate.js';
