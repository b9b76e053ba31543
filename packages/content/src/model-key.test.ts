import { describe, expect, test } from 'vitest';
import { modelKey } from './model-key.js';

describe('modelKey', () => {
  test('modelKey is preset:<name> for a preset and the path for a file', () => {
    expect(modelKey({ kind: 'preset', name: 'course' })).toBe('preset:course');
    expect(modelKey({ kind: 'file', path: '/course/models/course.ts' })).toBe('/course/models/course.ts');
  });
});
