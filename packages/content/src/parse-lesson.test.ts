import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseLesson } from './parse-lesson.js';
import type { ContentError } from './types.js';

const FILE = '/course/architecture/lesson.md';
const FRONT = `---
id: "3"
order: 3
title: 'Kubernetes Architecture'
excerpt: 'Building blocks of Kubernetes'
coverImage: ''
module: 'Architecture'
videoId: ''
duration: '12 min'
---`;

function errorsOf(text: string): ContentError[] {
  const r = parseLesson(text, FILE);
  if (r.ok) throw new Error('expected the lesson to be rejected');
  return r.errors;
}

describe('parseLesson', () => {
  test('reads frontmatter, body, headings, sections and diagrams', () => {
    const text = `${FRONT}

Intro text.

## Kubernetes architecture

A cluster is made of nodes.

![Overview](diagrams/architecture.svg "kubegram: ../models/course.ts#overview")

### Control-plane nodes

The API server.

### Worker nodes

The kubelet.

## Kubernetes architecture
Again.
`;
    const r = parseLesson(text, FILE);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const { lesson } = r;
    expect(lesson.file).toBe(FILE);
    expect(lesson.frontmatter).toEqual({
      id: '3', order: 3, title: 'Kubernetes Architecture', excerpt: 'Building blocks of Kubernetes', coverImage: '', module: 'Architecture', videoId: '', duration: '12 min',
    });
    expect(lesson.bodyLine).toBe(11);
    expect(lesson.body.split('\n').slice(0, 2)).toEqual(['', 'Intro text.']);
    expect(lesson.headings).toEqual([
      { depth: 2, text: 'Kubernetes architecture', slug: 'kubernetes-architecture', line: 14 },
      { depth: 3, text: 'Control-plane nodes', slug: 'control-plane-nodes', line: 20 },
      { depth: 3, text: 'Worker nodes', slug: 'worker-nodes', line: 24 },
      { depth: 2, text: 'Kubernetes architecture', slug: 'kubernetes-architecture-1', line: 28 },
    ]);
    expect(lesson.sections).toEqual([
      { heading: '', depth: 0, slug: '', markdown: 'Intro text.', line: 12, tokenRange: [0, 3] },
      {
        heading: 'Kubernetes architecture',
        depth: 2,
        slug: 'kubernetes-architecture',
        markdown: 'A cluster is made of nodes.\n\n![Overview](diagrams/architecture.svg "kubegram: ../models/course.ts#overview")',
        line: 14,
        tokenRange: [6, 12],
      },
      { heading: 'Control-plane nodes', depth: 3, slug: 'control-plane-nodes', markdown: 'The API server.', line: 20, tokenRange: [15, 18] },
      { heading: 'Worker nodes', depth: 3, slug: 'worker-nodes', markdown: 'The kubelet.', line: 24, tokenRange: [21, 24] },
      { heading: 'Kubernetes architecture', depth: 2, slug: 'kubernetes-architecture-1', markdown: 'Again.', line: 28, tokenRange: [27, 30] },
    ]);
    // One parse: the sections' token ranges hold exactly the blocks under each heading, lines from the file.
    const [, intro] = lesson.tokens;
    expect(intro?.content).toBe('Intro text.');
    expect(intro?.map).toEqual([11, 12]);
    expect(lesson.tokens.slice(...lesson.sections[2]!.tokenRange).map((t) => t.content)).toEqual(['', 'The API server.', '']);
    expect(lesson.diagrams).toHaveLength(1);
    expect(lesson.diagrams[0]).toMatchObject({ line: 18, view: 'overview', output: '/course/architecture/diagrams/architecture.svg', model: { kind: 'file', path: '/course/models/course.ts' } });
  });

  test('headings are plain text; # and #### headings are listed but do not split sections; setext headings do', () => {
    const text = `${FRONT}\n# Title\n\nlead\n\n## The *kube-apiserver* and \`etcd\`\n\n#### Small\n\ntext\n\nSetext\n------\nunder it\n`;
    const r = parseLesson(text, FILE);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.lesson.headings.map((h) => [h.depth, h.text, h.slug])).toEqual([
      [1, 'Title', 'title'],
      [2, 'The kube-apiserver and etcd', 'the-kube-apiserver-and-etcd'],
      [4, 'Small', 'small'],
      [2, 'Setext', 'setext'],
    ]);
    expect(r.lesson.sections.map((s) => [s.heading, s.markdown])).toEqual([
      ['', '# Title\n\nlead'],
      ['The kube-apiserver and etcd', '#### Small\n\ntext'],
      ['Setext', 'under it'],
    ]);
  });

  test('Windows line endings and a byte-order mark are read like plain newlines', () => {
    const r = parseLesson(`\uFEFF${FRONT}\n\n## A\ntext\n`.replace(/\n/g, '\r\n'), FILE);
    expect(r.ok && r.lesson.headings[0]).toEqual({ depth: 2, text: 'A', slug: 'a', line: 12 });
  });

  test('a missing title names the file, the field and an example', () => {
    const errors = errorsOf(FRONT.replace("title: 'Kubernetes Architecture'\n", ''));
    expect(errors).toEqual([{ file: FILE, line: 1, path: 'title', message: `missing field "title": expected string, such as title: 'Kubernetes Architecture'` }]);
  });

  test('a wrong type points at the line of the value and says what was expected', () => {
    const errors = errorsOf(FRONT.replace('id: "3"', 'id: 3').replace('order: 3', "order: 'three'"));
    expect(errors).toEqual([
      { file: FILE, line: 2, column: 5, path: 'id', message: 'expected "id" to be a string, got number 3 (quote it: id: "3"); for example id: "1"' },
      { file: FILE, line: 3, column: 8, path: 'order', message: 'expected "order" to be a number, got string "three"; for example order: 1' },
    ]);
  });

  test("fields other tools read (Hugo's weight, a description, tags) are left to them", () => {
    const result = parseLesson(FRONT.replace("duration: '12 min'", "duration: '12 min'\nweight: 10\ndescription: 'How nodes work'\ntags: [nodes]"), FILE);
    expect(result.ok).toBe(true);
    expect(result.ok && Object.keys(result.lesson.frontmatter)).not.toContain('weight');
  });

  test('a field a letter or two off a known one points at its line and lists the known ones', () => {
    const errors = errorsOf(FRONT.replace("duration: '12 min'", "duration: '12 min'\nexerpt: 'me'"));
    expect(errors).toEqual([
      { file: FILE, line: 10, column: 1, path: 'exerpt', message: `unknown field "exerpt": did you mean "excerpt"? expected only id, order, title, excerpt, coverImage, module, videoId, duration, such as title: 'Kubernetes Architecture'` },
    ]);
  });

  test('a misspelt field is an error that names the field it most likely is', () => {
    const errors = errorsOf("---\ntitle: 'Pods'\nvideoID: 'dQw4w9WgXcQ'\ncoverimage: 'a.png'\n---\n");
    expect(errors.map((e) => [e.line, e.column, e.message.split(' expected')[0]])).toEqual([
      [3, 1, 'unknown field "videoID": did you mean "videoId"?'],
      [4, 1, 'unknown field "coverimage": did you mean "coverImage"?'],
    ]);
  });

  test('an empty title is an error', () => {
    expect(errorsOf(FRONT.replace("title: 'Kubernetes Architecture'", "title: ''"))).toEqual([
      { file: FILE, line: 4, column: 8, path: 'title', message: `expected "title" not to be empty, such as title: 'Kubernetes Architecture'` },
    ]);
  });

  test('no frontmatter, an unclosed one, invalid YAML and a non-map are errors on their line', () => {
    expect(errorsOf('# Just a title\n')).toEqual([{ file: FILE, line: 1, path: '', message: expect.stringMatching(/^expected the lesson to start with frontmatter between two "---" lines, such as:\n---\ntitle: /) }]);
    expect(errorsOf('---\nid: "1"\n')[0]).toMatchObject({ line: 1, message: expect.stringMatching(/not closed/) });
    expect(errorsOf('---\nid: "1"\ntitle: [unclosed\n---\n')[0]).toMatchObject({ file: FILE, line: 3, message: expect.stringMatching(/^invalid YAML in the frontmatter/) });
    expect(errorsOf('---\n- a list\n---\n')[0]).toMatchObject({ line: 1, message: expect.stringMatching(/^expected the frontmatter to be fields/) });
  });

  test('a frontmatter that expands aliases without bound is an error, not a crash', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`)];
    expect(errorsOf(`---\n${bomb.join('\n')}\n---\n`)[0]).toMatchObject({ file: FILE, line: 1, path: '', message: expect.stringMatching(/^invalid YAML in the frontmatter: /) });
  });

  test('frontmatter errors and diagram errors are reported together', () => {
    const errors = errorsOf(`${FRONT.replace('order: 3', 'order: x')}\n\n![a](a.svg "kubegram: preset:course#nope")\n`);
    expect(errors.map((e) => [e.line, e.path])).toEqual([
      [3, 'order'],
      [12, 'diagrams[0].view'],
    ]);
  });

  test('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('-', '\n', ':', ' ', '#', '!', '[', ']', '(', ')', '"', 'a', 'k', 'id', 'kubegram:', '---\n') }), (tail) => {
        const r = parseLesson(`---\n${tail}`, FILE);
        return r.ok ? r.lesson.file === FILE : r.errors.every((e) => e.file === FILE && typeof e.message === 'string');
      }),
      { numRuns: 300 },
    );
  });

  test('a lesson with only a title gets its id from the file, its order from the file name and its module from the folder', () => {
    const r = parseLesson("---\ntitle: Pods\n---\n\n## What a pod is\n\nOne or more **containers** that share a network, and `localhost`.\n", '/course/02-workloads/03-pods.md');
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.lesson.written).toEqual({ title: 'Pods' });
    expect(r.lesson.frontmatter).toEqual({
      id: '03-pods', order: 3, title: 'Pods', excerpt: 'One or more containers that share a network, and localhost.', coverImage: '', module: 'Workloads', videoId: '', duration: '',
    });
    const plain = parseLesson("---\ntitle: Pods\n---\n", 'pods.md', { position: 4 });
    expect(plain.ok && [plain.lesson.frontmatter.order, plain.lesson.frontmatter.module, plain.lesson.frontmatter.excerpt]).toEqual([4, 'Lessons', '']);
  });

  test('the default excerpt is the first paragraph with text, cut at a word', () => {
    const long = 'word '.repeat(60).trim();
    const r = parseLesson(`---\ntitle: T\n---\n![only a picture](a.png)\n\n- a list item\n\n${long}\n`, '/c/m/t.md');
    const excerpt = r.ok ? r.lesson.frontmatter.excerpt : '';
    expect(excerpt.endsWith('word…')).toBe(true);
    expect([...excerpt].length).toBeLessThanOrEqual(160);
  });

  test('a leading # heading that repeats the title is not in the tokens, headings or sections; a different one stays', () => {
    const same = parseLesson("---\ntitle: 'Kubernetes  Architecture'\n---\n# Kubernetes *Architecture*\n\nIntro.\n\n## Parts\n\nText.\n", '/c/m/k.md');
    if (!same.ok) throw new Error(JSON.stringify(same.errors));
    expect(same.lesson.tokens[0]?.type).toBe('paragraph_open');
    expect(same.lesson.headings.map((h) => h.text)).toEqual(['Parts']);
    expect(same.lesson.sections.map((s) => [s.markdown, s.line, s.tokenRange])).toEqual([
      ['Intro.', 6, [0, 3]],
      ['Text.', 8, [6, 9]],
    ]);
    const other = parseLesson("---\ntitle: 'Kubernetes Architecture'\n---\n# A different heading\n\nIntro.\n", '/c/m/k.md');
    expect(other.ok && other.lesson.headings.map((h) => [h.depth, h.text, h.line])).toEqual([[1, 'A different heading', 4]]);
    expect(other.ok && other.lesson.sections[0]?.markdown).toBe('# A different heading\n\nIntro.');
  });

  test('a cover image that is no relative path and a video that is neither a YouTube id nor an https URL are errors at their value', () => {
    const errors = errorsOf("---\ntitle: T\ncoverImage: 'https://example.org/a.png'\nvideoId: 'youtube'\n---\n");
    expect(errors).toEqual([
      { file: FILE, line: 3, column: 13, path: 'coverImage', message: `expected a path relative to the lesson for "coverImage", such as coverImage: 'images/cover.png'` },
      { file: FILE, line: 4, column: 10, path: 'videoId', message: `expected a YouTube video id or an https:// URL for "videoId", such as videoId: 'dQw4w9WgXcQ'` },
    ]);
  });
});
