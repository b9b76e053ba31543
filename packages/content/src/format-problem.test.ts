import { describe, expect, test } from 'vitest';
import { formatProblem } from './format-problem.js';

describe('formatProblem', () => {
  test('formatProblem writes file:line:column: severity: path: message, leaving out what is unknown', () => {
    expect(formatProblem({ file: 'm.yaml', line: 2, column: 5, path: 'nodes[0].role', message: 'bad', severity: 'warning' })).toBe('m.yaml:2:5: warning: nodes[0].role: bad');
    expect(formatProblem({ file: 'a.md', line: 3, path: '', message: 'bad' })).toBe('a.md:3: error: bad');
    expect(formatProblem({ message: 'bad' }, 'fallback.md')).toBe('fallback.md: error: bad');
  });

  test('formatProblem shows the example indented under the line', () => {
    expect(formatProblem({ file: 'a.md', line: 3, column: 1, message: 'bad', example: '```kubegram\nid: demo' })).toBe('a.md:3:1: error: bad\n  for example:\n    ```kubegram\n    id: demo');
  });
});
