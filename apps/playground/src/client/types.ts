import type { ViewName } from '@kubegram/model';

/** The colour theme asked for: `auto` follows the reader's colour scheme. */
export type ThemeChoice = 'auto' | 'light' | 'dark';
/** The picture's shape, as `toSvg`'s `fit` option takes it. */
export type FitChoice = 'auto' | '16:9' | '4:3';
/** How much of each node is drawn: a few pods and a "+N pods" box, or every pod. */
export type Detail = 'collapsed' | 'every-pod';

/** The controls beside the picture. */
export interface Settings {
  view: ViewName;
  theme: ThemeChoice;
  /** Model id of the highlighted element; '' for none. */
  highlight: string;
  fit: FitChoice;
  detail: Detail;
}

/** Everything a shared link restores: the model text and the settings. */
export interface PlaygroundState {
  model: string;
  settings: Settings;
}

/** The settings a new page opens with. */
export const DEFAULT_SETTINGS: Settings = { view: 'overview', theme: 'auto', highlight: '', fit: 'auto', detail: 'collapsed' };

/** The choices each control offers, in the order shown. */
export const THEME_CHOICES: readonly ThemeChoice[] = ['auto', 'light', 'dark'];
export const FIT_CHOICES: readonly FitChoice[] = ['auto', '16:9', '4:3'];
export const DETAIL_CHOICES: readonly Detail[] = ['collapsed', 'every-pod'];
