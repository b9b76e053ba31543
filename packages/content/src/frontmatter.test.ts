import { describe, expect, expectTypeOf, test } from 'vitest';
import { FRONTMATTER_FIELDS, LessonFrontmatter } from './frontmatter.js';

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

  test('rejects a missing field and a number where a string belongs', () => {
    const { videoId: _, ...missing } = valid;
    expect(LessonFrontmatter.safeParse(missing).error?.issues[0]?.path).toEqual(['videoId']);
    expect(LessonFrontmatter.safeParse({ ...valid, id: 3 }).error?.issues[0]?.path).toEqual(['id']);
    expect(LessonFrontmatter.safeParse({ ...valid, order: '3' }).error?.issues[0]?.path).toEqual(['order']);
  });

  test('FRONTMATTER_FIELDS lists the fields in the order lessons write them', () => {
    expect(FRONTMATTER_FIELDS).toEqual(['id', 'order', 'title', 'excerpt', 'coverImage', 'module', 'videoId', 'duration']);
  });

  test('the type has every field, order a number and the rest strings', () => {
    expectTypeOf<LessonFrontmatter>().toEqualTypeOf<{
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
