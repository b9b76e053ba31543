import { describe, expect, it } from 'vitest';
import { lessonSlug } from './lesson-slug.js';

describe('lessonSlug', () => {
  it("lessonSlug is the lesson's file name without .md", () => {
    expect(lessonSlug({ file: '/course/architecture/03-kubernetes-architecture.md' })).toBe('03-kubernetes-architecture');
    expect(lessonSlug({ file: 'C:\\course\\basics\\Intro.MD' })).toBe('Intro');
  });
});
