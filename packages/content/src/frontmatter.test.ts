import { describe, expect, expectTypeOf, test } from 'vitest';
import { FRONTMATTER_FIELDS, LessonFrontmatter, ResolvedFrontmatter } from './frontmatter.js';

const valid = { id: '3', order: 3, title: 'Kubernetes Architecture', excerpt: 'Building blocks', coverImage: '', module: 'Architecture', videoId: '', duration: '' };

describe('LessonFrontmatter', () => {
  test('accepts the fields of the course format', () => {
    expect(LessonFrontmatter.parse(valid)).toEqual(valid);
  });

  test('rejects an unknown field', () => {
    const r = LessonFrontmatter.safeParse({ ...valid, author: 'me' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['author'] });
  });

  test('needs only a title', () => {
    expect(LessonFrontmatter.parse({ title: 'Pods' })).toEqual({ title: 'Pods' });
    expect(LessonFrontmatter.safeParse({ id: 'pods' }).error?.issues[0]?.path).toEqual(['title']);
  });

  test('takes a video as a YouTube id or an https URL, and a cover image as a relative path', () => {
    expect(LessonFrontmatter.safeParse({ title: 'P', videoId: 'dQw4w9WgXcQ', coverImage: 'images/pods.png' }).success).toBe(true);
    expect(LessonFrontmatter.safeParse({ title: 'P', videoId: 'https://videos.example.org/pods' }).success).toBe(true);
    expect(LessonFrontmatter.safeParse({ title: 'P', videoId: 'not a video' }).error?.issues[0]?.path).toEqual(['videoId']);
    expect(LessonFrontmatter.safeParse({ title: 'P', coverImage: 'https://example.org/a.png' }).error?.issues[0]?.path).toEqual(['coverImage']);
    expect(LessonFrontmatter.safeParse({ title: 'P', coverImage: '/a.png' }).error?.issues[0]?.path).toEqual(['coverImage']);
  });

  test('rejects a number where a string belongs', () => {
    expect(LessonFrontmatter.safeParse({ ...valid, id: 3 }).error?.issues[0]?.path).toEqual(['id']);
    expect(LessonFrontmatter.safeParse({ ...valid, order: '3' }).error?.issues[0]?.path).toEqual(['order']);
  });

  test('FRONTMATTER_FIELDS lists the fields in the order lessons write them', () => {
    expect(FRONTMATTER_FIELDS).toEqual(['id', 'order', 'title', 'excerpt', 'coverImage', 'module', 'videoId', 'duration']);
  });

  test('the written type needs only the title; the resolved type has every field', () => {
    expectTypeOf<LessonFrontmatter>().toEqualTypeOf<{
      id?: string | undefined;
      order?: number | undefined;
      title: string;
      excerpt?: string | undefined;
      coverImage?: string | undefined;
      module?: string | undefined;
      videoId?: string | undefined;
      duration?: string | undefined;
    }>();
    expectTypeOf<ResolvedFrontmatter>().toEqualTypeOf<{
      id: string;
      order: number;
      title: string;
      excerpt: string;
      coverImage: string;
      module: string;
      videoId: string;
      duration: string;
    }>();
  });
});
