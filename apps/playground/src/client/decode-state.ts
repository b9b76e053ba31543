import { VIEW_NAMES, type ViewName } from '@kubegram/model';
import { base64urlToBytes, pipeBytes } from './_base64url.ts';
import { STATE_PREFIX } from './encode-state.ts';
import { DEFAULT_SETTINGS, DETAIL_CHOICES, FIT_CHOICES, THEME_CHOICES, type PlaygroundState, type Settings } from './types.ts';

/** What reading a shared fragment gives: the state, or why the link cannot be read. */
export type DecodeResult = { ok: true; state: PlaygroundState; notes: string[] } | { ok: false; message: string };

const EXAMPLE = 'a link made with the "Copy link" button, whose address ends in "#v1." and letters';

/**
 * Reads a fragment written by `encodeState`. Never throws: a damaged link comes back as a message
 * saying what is wrong, and a setting this page does not know falls back to its default with a note.
 */
export async function decodeState(fragment: string): Promise<DecodeResult> {
  const text = fragment.replace(/^#/, '');
  if (!text.startsWith(STATE_PREFIX)) return { ok: false, message: `the link's fragment does not start with "${STATE_PREFIX}"; expected ${EXAMPLE}` };
  const bytes = base64urlToBytes(text.slice(STATE_PREFIX.length));
  if (!bytes) return { ok: false, message: `the link's fragment is not base64url text (letters, digits, "-" and "_"); expected ${EXAMPLE}` };
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(await pipeBytes(bytes, new DecompressionStream('deflate-raw'))));
  } catch {
    return { ok: false, message: `the link's model is damaged (it may have been cut short when copied); expected ${EXAMPLE}` };
  }
  if (typeof json !== 'object' || json === null || typeof (json as { m?: unknown }).m !== 'string') {
    return { ok: false, message: `the link holds no model text; expected ${EXAMPLE}` };
  }
  const { m, s } = json as { m: string; s?: unknown };
  const notes: string[] = [];
  return { ok: true, state: { model: m, settings: readSettings(s, notes) }, notes };
}

function readSettings(raw: unknown, notes: string[]): Settings {
  const given = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const pick = <T extends string>(key: keyof Settings, allowed: readonly T[], fallback: T): T => {
    const value = given[key];
    if (value === undefined) return fallback;
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    notes.push(`the link's ${key} "${String(value)}" is not one of ${allowed.join(', ')}; showing ${fallback}`);
    return fallback;
  };
  const highlight = typeof given.highlight === 'string' ? given.highlight : '';
  return {
    view: pick<ViewName>('view', VIEW_NAMES, DEFAULT_SETTINGS.view),
    theme: pick('theme', THEME_CHOICES, DEFAULT_SETTINGS.theme),
    highlight,
    fit: pick('fit', FIT_CHOICES, DEFAULT_SETTINGS.fit),
    detail: pick('detail', DETAIL_CHOICES, DEFAULT_SETTINGS.detail),
  };
}
