import { bytesToBase64url, pipeBytes } from './_base64url.ts';
import type { PlaygroundState } from './types.ts';

/** The version mark a shared fragment starts with, so a later format can still read older links. */
export const STATE_PREFIX = 'v1.';

/**
 * The URL fragment (without `#`) that holds a model and its settings: deflated JSON in base64url,
 * so a link carries the whole model and no server ever sees it.
 */
export async function encodeState(state: PlaygroundState): Promise<string> {
  const json = JSON.stringify({ m: state.model, s: state.settings });
  const packed = await pipeBytes(new TextEncoder().encode(json), new CompressionStream('deflate-raw'));
  return `${STATE_PREFIX}${bytesToBase64url(packed)}`;
}
