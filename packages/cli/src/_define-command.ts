import type { Command } from './types.js';

// Exists only so each command file gets its shape checked and inferred in one place.
export const defineCommand = (command: Command): Command => command;
