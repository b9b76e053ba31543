import { course } from './course.js';
import { haCloud } from './ha-cloud.js';
import { local } from './local.js';

/** Ready-made clusters: the lesson's picture, a highly available cloud cluster, and a local one. */
export const presets = { course, haCloud, local } as const;
/** The name of a preset. */
export type PresetName = keyof typeof presets;
