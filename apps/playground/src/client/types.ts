import type { ViewName } from '@kubegram/model';
import type { FileProblem } from '@kubegram/model/yaml';
import type { TextPatch } from './_text-patch.ts';

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

/** What the page asks to be drawn: the model text and the settings, numbered so a late answer can be told from a fresh one. */
export interface PictureRequest {
  id: number;
  text: string;
  settings: Settings;
  /** Whether the reader's colour scheme is dark, for the `auto` theme. */
  prefersDark: boolean;
}

/**
 * Asks the render worker to draw its last picture again, `draws` times at most, and throw the copies
 * away while no request comes: the engine compiles the drawing code for speed only after it has run
 * a while, and the page sends this when it is idle after its first picture.
 */
export interface WarmUpRequest {
  warmUp: number;
}

/** One element of the drawn cluster, as the highlight control lists it. */
export interface PictureElement {
  id: string;
  label: string;
  kind: string;
}

/** How long each stage of one drawing took, in milliseconds. */
export interface PictureTimes {
  /** YAML to a plain value: parsed, or the last one with a keystroke's change. */
  parse: number;
  /** Plain value to a checked cluster. */
  validate: number;
  /** Cluster to SVG text: layout and render. */
  draw: number;
  /** SVG text readied for the page: ids scoped, named, made reachable by keyboard. */
  prepare: number;
}

/** The answer to a `PictureRequest`: the picture, or the problems that keep the model from being drawn. */
export type PictureReply = {
  id: number;
  warnings: FileProblem[];
  times: PictureTimes;
} & (
  // No cluster: a copy of it would cross from the worker with every keystroke, and only a click needs it.
  | { ok: true; clusterId: string; svg: string; markup: string; caption: string; elements: PictureElement[] }
  | { ok: false; problems: FileProblem[] }
);

/**
 * A `PictureReply` as the render worker sends it: the SVG and the markup as changes of the ones it
 * sent last, so a keystroke's answer carries a few characters instead of the whole picture twice.
 */
export type WorkerReply = Exclude<PictureReply, { ok: true }> | (Omit<Extract<PictureReply, { ok: true }>, 'svg' | 'markup'> & { svg: TextPatch; markup: TextPatch });
