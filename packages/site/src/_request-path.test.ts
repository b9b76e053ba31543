import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requestPath } from './_request-path.ts';

describe('requestPath', () => {
  it('decodes the path and drops the query and fragment', () => {
    expect(requestPath('/a/b%20c.html?x=1#top')).toBe('/a/b c.html');
    expect(requestPath('/caf%C3%A9/')).toBe('/café/');
  });

  it('refuses targets that are not a plain path', () => {
    for (const target of ['/%', '/%ff', '/%c0%ae%c0%ae/', '/%E0%A4%A', '*', 'http://example.com/', '', '/a%00b', '/..%5c..%5csecret']) {
      expect(requestPath(target), target).toBeUndefined();
    }
  });

  it('never throws, whatever the target', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => {
      const path = requestPath(`/${s}`);
      expect(path === undefined || path.startsWith('/')).toBe(true);
    }), { numRuns: 2000 });
  });
});
