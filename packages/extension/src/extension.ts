/** Entry point of desktop VS Code (`main`): the language server runs in a Node process (client.ts). */
import type * as vscode from 'vscode';
import { activateWith } from './activate.js';
import { createClient } from './client.js';

export function activate(context: vscode.ExtensionContext): void {
    activateWith(context, createClient, 'node');
}

export { deactivate } from './activate.js';
