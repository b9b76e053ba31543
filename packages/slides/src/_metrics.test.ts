import { describe, expect, test } from 'vitest';
import { charsPerLine, CONTENT, SLIDE, wrappedLines } from './_metrics.js';

describe('wrappedLines', () => {
  test('wrappedLines(text, perLine) breaks at spaces like a browser', () => {
    expect(wrappedLines('one two three', 7)).toBe(2);
    expect(wrappedLines('one two three', 13)).toBe(1);
    expect(wrappedLines('', 10)).toBe(1);
  });

  test('wrappedLines counts a word longer than a line as the lines it is broken over', () => {
    expect(wrappedLines('x'.repeat(25), 10)).toBe(3);
    expect(wrappedLines(`ab ${'x'.repeat(25)}`, 10)).toBe(4);
  });

  test('wrappedLines starts a new line at each newline', () => {
    expect(wrappedLines('a\nb\nc', 10)).toBe(3);
  });
});

test('the content box is the slide less its padding, and a line holds fewer glyphs at a larger size', () => {
  expect(CONTENT.width).toBeLessThan(SLIDE.width);
  expect(CONTENT.height).toBeLessThan(SLIDE.height);
  expect(charsPerLine(CONTENT.width, 40)).toBeLessThan(charsPerLine(CONTENT.width, 26));
});
