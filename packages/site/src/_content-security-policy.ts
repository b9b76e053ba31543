import { createHash } from 'node:crypto';

// Everything the site and the decks load comes from the server itself; images and fonts may also be
// inlined as data: URLs. Nothing may frame a page but the site, and no page may post a form.
// Styles may be inline: the API reference's script writes its filter rules into a <style> at run
// time and Marp decks place slides with style attributes. CSS runs no code, and the pages hold
// nothing private for a stylesheet to leak; scripts are where the policy stays strict.
const BASE = [
  "style-src 'self' 'unsafe-inline'",
  "default-src 'none'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "frame-src 'self'",
  "frame-ancestors 'self'",
  "base-uri 'none'",
  "form-action 'none'",
];

// A <script> element with no src attribute; its text is what the browser hashes.
const INLINE_SCRIPT = /<script(?![^>]*\ssrc\s*=)(?:\s[^>]*)?>([\s\S]*?)<\/script\s*>/gi;

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The Content-Security-Policy for a response: scripts only from the server, plus, for an HTML
 * page, exactly the inline scripts written into it when it was built (by their SHA-256), so a
 * script injected into the page afterwards never runs.
 */
export function contentSecurityPolicy(html = ''): string {
  const inline = [...new Set([...html.matchAll(INLINE_SCRIPT)].map((m) => hash(m[1]!)))];
  return [`script-src 'self'${inline.map((h) => ` ${h}`).join('')}`, ...BASE].join('; ');
}
