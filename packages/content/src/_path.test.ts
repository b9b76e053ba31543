import { expect, test } from 'vitest';
import { dirname, isAbsolute, resolvePath } from './_path.js';

test('resolvePath resolves against a folder and collapses . and ..', () => {
  expect(resolvePath('/course/architecture', '../models/course.ts')).toBe('/course/models/course.ts');
  expect(resolvePath('/course/architecture', './diagrams/a.svg')).toBe('/course/architecture/diagrams/a.svg');
  expect(resolvePath('/a', '../../b')).toBe('/b');
  expect(resolvePath('content/architecture', '../models/kind.yaml')).toBe('content/models/kind.yaml');
  expect(resolvePath('', '../x.ts')).toBe('../x.ts');
  expect(resolvePath('C:\\course\\arch', '..\\models\\course.ts')).toBe('C:/course/models/course.ts');
});

test('dirname and isAbsolute treat / and a drive letter as roots', () => {
  expect(dirname('/course/architecture/lesson.md')).toBe('/course/architecture');
  expect(dirname('/lesson.md')).toBe('/');
  expect(dirname('lesson.md')).toBe('');
  expect(isAbsolute('/x')).toBe(true);
  expect(isAbsolute('C:\\x')).toBe(true);
  expect(isAbsolute('x/y')).toBe(false);
});
