import { describe, expect, test } from 'vitest';
import { escapeHtml } from './escape-html.js';

describe('escapeHtml', () => {
  test('escapeHtml escapes the five characters HTML text and quoted attributes give meaning to', () => {
    expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;');
  });
});
