import { describe, expect, it } from 'vitest';
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
  file: lesson.file,
  headings: lesson.headings,
  diagrams: lesson.diagrams,
  renderDiagram: (ref: DiagramRef, i: number) => `<figure data-n="${i}" data-view="${ref.view}"></figure>`,
  resolveLessonLink: (href: string) => (href.startsWith('./worker.md') ? href.replace('./worker.md', 'worker.html') : undefined),
};

describe('renderLessonBody', () => {
  it("gives headings the lesson's own anchors, duplicates included", () => {
    const html = renderLessonBody(lesson.body, options);
    expect(html).toContain('<h2 id="the-api-server">The API server</h2>');
    expect(html).toContain('<h2 id="the-api-server-1">The API server</h2>');
  });

  it('renders a diagram on its own line as a figure outside any paragraph', () => {
    const html = renderLessonBody(lesson.body, options);
    expect(html).toContain('\n<figure data-n="0" data-view="overview"></figure>\n');
    expect(html).not.toMatch(/<p>\s*<figure data-n="0"/);
  });

  it('renders a diagram inside a sentence in place', () => {
    const html = renderLessonBody(lesson.body, options);
    expect(html).toContain('<p>Text with an inline <figure data-n="1" data-view="worker"></figure> diagram.</p>');
  });

  it('points links to lessons at their pages and leaves other links alone', () => {
    const html = renderLessonBody(lesson.body, options);
    expect(html).toContain('<a href="worker.html#kubelet">the worker</a>');
    expect(html).toContain('<a href="https://kubernetes.io/">Kubernetes</a>');
  });

  it('names the file and line of a link to a Markdown file that is no lesson', () => {
    expect(() => renderLessonBody(lesson.body, { ...options, resolveLessonLink: () => undefined })).toThrow(
      '/course/architecture/nodes.md: body line 3: the link "./worker.md#kubelet" names no lesson of the course',
    );
  });

  it('fails when the diagram references do not match the body', () => {
    expect(() => renderLessonBody(lesson.body, { ...options, diagrams: lesson.diagrams.slice(0, 1) })).toThrow(/diagram 2 \("diagrams\/worker.svg"\) does not match/);
  });
});
