import type { Cluster } from '@kubegram/model';
import type { SvgOptions } from './svg/index.js';

/** Options every format's renderer takes: those of `toSvg`, and the pixel scale of raster formats. */
export interface FormatOptions extends SvgOptions {
  /** Pixels per SVG unit, for raster formats; 2 by default. */
  scale?: number;
}

/** Draws one view of a cluster in one format. */
export type FormatRenderer = (cluster: Cluster, options?: FormatOptions) => string | Uint8Array;

/** An output format: what it is called, how files of it are named, and how it is drawn. */
export interface OutputFormat {
  /** The name tools take, as in `--format svg`. */
  name: string;
  /** The name people read, as in "Download SVG". */
  label: string;
  /** File name extensions, lower case with the dot, the usual one first. */
  extensions: readonly string[];
  /** The media type of its files. */
  mediaType: string;
  /** Bytes rather than text: not for a terminal. */
  binary: boolean;
  /** One line on what it is for. */
  description: string;
  /** Loads the renderer; a format that needs native code (PNG) loads it only here. */
  load(): Promise<FormatRenderer>;
}
