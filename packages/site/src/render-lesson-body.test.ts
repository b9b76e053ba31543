import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { parseLesson, type DiagramRef } from '@kubegram/content';
import { renderLessonBody } from './render-lesson-body.ts';

const LESSON = `---
id: "1"
order: 1
title: 'Nodes'
excerpt: 'What runs where'
coverImage: ''
module: 'Architecture'
videoId: ''
duration: '5 min'
---
## The API server

Everything talks to it. See [the worker](./worker.md#kubelet) and [Kubernetes](https://kubernetes.io/).

![The cluster](diagrams/overview.svg "kubegram: preset:course#overview")

## The API server

Text with an inline ![node](diagrams/worker.svg "kubegram: preset:course#worker") diagram.
`;

const parsed = parseLesson(LESSON, '/course/architecture/nodes.md');
if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
const { lesson } = parsed;
const options = {
  renderDiagram: (ref: DiagramRef, i: number) => `<figure data-n="${i}" data-view="${ref.view}"></figure>`,
  resolveLessonLink: (href: string) => (href.startsWith('./worker.md') ? href.replace('./worker.md', 'worker.html') : undefined),
};

describe('renderLessonBody', () => {
  it("gives headings the lesson's own anchors, duplicates included", () => {
    const html = renderLessonBody(lesson, options);
    expect(html).toContain('<h2 id="the-api-server">The API server</h2>');
    expect(html).toContain('<h2 id="the-api-server-1">The API server</h2>');
  });

  it('renders a diagram on its own line as a figure outside any paragraph', () => {
    const html = renderLessonBody(lesson, options);
    expect(html).toContain('\n<figure data-n="0" data-view="overview"></figure>\n');
    expect(html).not.toMatch(/<p>\s*<figure data-n="0"/);
  });

  it('renders a diagram inside a sentence in place', () => {
    const html = renderLessonBody(lesson, options);
    expect(html).toContain('<p>Text with an inline <figure data-n="1" data-view="worker"></figure> diagram.</p>');
  });

  it('points links to lessons at their pages and leaves other links alone', () => {
    const html = renderLessonBody(lesson, options);
    expect(html).toContain('<a href="worker.html#kubelet">the worker</a>');
    expect(html).toContain('<a href="https://kubernetes.io/">Kubernetes</a>');
  });

  it('names the file and line of a link to a Markdown file that is no lesson', () => {
    expect(() => renderLessonBody(lesson, { ...options, resolveLessonLink: () => undefined })).toThrow(
      '/course/architecture/nodes.md:13: the link "./worker.md#kubelet" names no lesson of the course',
    );
  });

  it('fails when the diagram references do not match the body', () => {
    expect(() => renderLessonBody({ ...lesson, diagrams: lesson.diagrams.slice(0, 1) }, options)).toThrow(/diagram 2 \("diagrams\/worker.svg"\) does not match/);
  });
});

describe('renderLessonBody reads the lesson parseLesson read', () => {
  it('never parses the lesson again and changes none of its tokens', async () => {
    // The markdown-it that @kubegram/content parses lessons with: every parse goes through its prototype.
    const content = createRequire(createRequire(import.meta.url).resolve('@kubegram/content/package.json'));
    const pkg = content.resolve('markdown-it/package.json');
    const entry = (JSON.parse(readFileSync(pkg, 'utf8')) as { exports: { '.': { import: { default: string } } } }).exports['.'].import.default;
    const { default: MarkdownIt } = (await import(pathToFileURL(join(dirname(pkg), entry)).href)) as { default: { prototype: { parse: () => unknown } } };
    const parse = vi.spyOn(MarkdownIt.prototype, 'parse');
    try {
      const again = parseLesson(`${LESSON}\nA ![photo](p.png) too.\n`, '/course/architecture/nodes.md');
      if (!again.ok) throw new Error(JSON.stringify(again.errors));
      expect(parse).toHaveBeenCalledTimes(1);
      const html = renderLessonBody(freeze(again.lesson), options);
      expect(html).toContain('<h2 id="the-api-server-1">');
      expect(html).toContain('<img src="p.png" alt="photo">');
      expect(parse).toHaveBeenCalledTimes(1);
      expect(renderLessonBody(again.lesson, options)).toBe(html);
    } finally {
      parse.mockRestore();
    }
  });
});

function freeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  for (const child of Object.values(value)) freeze(child);
  return Object.freeze(value);
}
