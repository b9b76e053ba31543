import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test, vi } from 'vitest';
import { parseLesson, type Lesson } from '@kubegram/content';
import { toSvg } from '@kubegram/diagram';
import { presets, type Cluster } from '@kubegram/model';
import { CONTENT, DIAGRAM_FONT_PX, headingHeight } from './_metrics.js';
import { createMarp } from './create-marp.js';
import { DeckError } from './deck-error.js';
import { lessonToDeck } from './lesson-to-deck.js';
import { tourFontPx } from './_tour-zoom.js';
import { readDiagramMeta } from './plugins/diagram/_meta.js';

const FRONTMATTER = `---
id: "7"
order: 7
title: 'Kubernetes Architecture'
excerpt: 'Building blocks of Kubernetes'
coverImage: ''
module: 'Architecture'
videoId: ''
duration: '12 min'
---
`;

function lesson(body: string, file = '/course/architecture/lesson.md'): Lesson {
  const result = parseLesson(`${FRONTMATTER}\n${body}`, file);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.lesson;
}

const MODELS: ReadonlyMap<string, Cluster> = new Map([['preset:course', presets.course]]);

/** The deck rendered by our Marp engine: the text of each slide and its notes. */
function render(deck: string) {
  const { html, comments } = createMarp().render(deck);
  const sections = [...html.matchAll(/<section\b[^>]*>([\s\S]*?)<\/section>/g)].map((m) => m[1]!);
  return { html, sections, notes: comments, text: sections.map((s) => s.replace(/<footer>.*?<\/footer>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim()) };
}

/** The fenced diagrams of a deck's Markdown, in order, with their meta. */
function fences(deck: string) {
  return [...deck.matchAll(/^````(kubegram-diagram [^\n]*)\n([\s\S]*?)\n````$/gm)].map((m) => ({ meta: readDiagramMeta(m[1]!)!, svg: m[2]! }));
}

describe('lessonToDeck', () => {
  test('lessonToDeck(lesson) opens with a title slide and an agenda of the headings', () => {
    const deck = lessonToDeck(lesson('Intro prose.\n\n## Nodes\n\n- one\n\n### Worker nodes\n\n- two\n\n## Pods\n\n- three\n'), MODELS);
    const { text, sections, notes } = render(deck);
    expect(text[0]).toBe('Kubernetes Architecture Architecture · 12 min Building blocks of Kubernetes');
    expect(sections[0]).toContain('<h1');
    expect(notes[0]).toEqual(['Intro prose.']);
    expect(text[1]).toBe('Agenda Nodes Worker nodes Pods');
    expect(sections[1]).toMatch(/<li>Nodes\s*<ul>\s*<li>Worker nodes<\/li>/);
    expect(text.slice(2)).toEqual(['Nodes one', 'Worker nodes two', 'Pods three']);
  });

  test('lessonToDeck(lesson, models, { course }) puts course and module in the footer and numbers pages', () => {
    const deck = lessonToDeck(lesson('## Nodes\n\n- one\n'), MODELS, { course: 'Kubernetes 101' });
    expect(deck).toContain('footer: "Kubernetes 101 · Architecture"');
    expect(deck).toContain('paginate: true');
    const { html } = render(deck);
    expect(html).toContain('<footer>Kubernetes 101 · Architecture</footer>');
    expect(html).toMatch(/data-marpit-pagination="3"/);
  });

  test('lessonToDeck(lesson, models, { theme: "dark" }) inverts the slides', () => {
    const deck = lessonToDeck(lesson('## Nodes\n\n- one\n'), MODELS, { theme: 'dark' });
    expect(deck).toContain('class: "invert"');
    expect(render(deck).html).toMatch(/<section[^>]*class="[^"]*invert/);
  });

  test('a section with more points than maxPoints continues on numbered slides, every point once and in order', () => {
    const items = Array.from({ length: 14 }, (_, i) => `- point ${i + 1}`).join('\n');
    const deck = lessonToDeck(lesson(`## Many\n\n${items}\n`), MODELS, { maxPoints: 6 });
    const slides = render(deck).text.slice(2);
    expect(slides.map((s) => s.split(' point')[0])).toEqual(['Many (1/3)', 'Many (2/3)', 'Many (3/3)']);
    const points = slides.flatMap((s) => [...s.matchAll(/point (\d+)/g)].map((m) => Number(m[1])));
    expect(points).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
  });

  test('long points split by height before they reach maxPoints', () => {
    const long = 'the kubelet registers the node with the API server and reports the CPU and memory it has, then watches for pods bound to its node and starts their containers through the runtime';
    const items = Array.from({ length: 6 }, (_, i) => `- ${i + 1} ${long}`).join('\n');
    const slides = render(lessonToDeck(lesson(`## Long\n\n${items}\n`), MODELS)).text.slice(2);
    expect(slides.length).toBeGreaterThan(1);
    expect(slides.map((s) => s.match(/the kubelet/g)?.length).reduce((a, b) => a! + b!, 0)).toBe(6);
  });

  test('a slide that continues inside a nested list starts at the top level, not as a code block', () => {
    const items = ['- a', '- b', '- c', '- d', '- e', '- f', '   - nested one', '      - nested two'].join('\n');
    const deck = lessonToDeck(lesson(`## Lists\n\n${items}\n`), MODELS, { maxPoints: 6 });
    const { sections } = render(deck);
    expect(sections[3]).toMatch(/<ul>\s*<li>nested one\s*<ul>\s*<li>nested two<\/li>/);
    expect(sections[3]).not.toContain('<pre');
  });

  test('an agenda with more headings than maxAgendaItems continues on a second slide', () => {
    const body = Array.from({ length: 10 }, (_, i) => `## Part ${i + 1}\n\n- point\n`).join('\n');
    const { text } = render(lessonToDeck(lesson(body), MODELS, { maxAgendaItems: 8 }));
    expect(text[1]).toBe('Agenda (1/2) Part 1 Part 2 Part 3 Part 4 Part 5 Part 6 Part 7 Part 8');
    expect(text[2]).toBe('Agenda (2/2) Part 9 Part 10');
  });

  test('a code block taller than a slide is split across slides, every line kept', () => {
    const lines = Array.from({ length: 40 }, (_, i) => `line-${i + 1}: value`);
    const deck = lessonToDeck(lesson(`## Config\n\n\`\`\`yaml\n${lines.join('\n')}\n\`\`\`\n`), MODELS);
    const { sections } = render(deck);
    const code = sections.slice(2);
    expect(code.length).toBeGreaterThan(1);
    expect(code.every((s) => s.includes('<pre'))).toBe(true);
    const seen = code.flatMap((s) => [...s.matchAll(/line-(\d+)/g)].map((m) => Number(m[1])));
    expect(seen).toEqual(lines.map((_, i) => i + 1));
  });

  test('prose becomes speaker notes of the section\'s first slide, and only points stay on the slide', () => {
    const deck = lessonToDeck(lesson('## Nodes\n\nA node is a **machine**, physical or virtual.\n\n- physical or virtual\n- runs pods\n\nNodes register with the [API server](https://kubernetes.io).\n'), MODELS);
    const { text, notes } = render(deck);
    expect(text[2]).toBe('Nodes physical or virtual runs pods');
    expect(notes[2]).toEqual(['A node is a machine, physical or virtual.', 'Nodes register with the API server.']);
  });

  test('a section written only as prose shows the first sentence of each paragraph', () => {
    const deck = lessonToDeck(lesson('## etcd\n\netcd stores the cluster state. It is a key-value store.\n\nOnly the API server talks to it. Nothing else does.\n'), MODELS);
    const { text, notes } = render(deck);
    expect(text[2]).toBe('etcd etcd stores the cluster state. Only the API server talks to it.');
    expect(notes[2]).toEqual(['etcd stores the cluster state. It is a key-value store.', 'Only the API server talks to it. Nothing else does.']);
  });

  test('notes that would end the comment or read as a directive stay notes', () => {
    const deck = lessonToDeck(lesson('## Flow\n\nkubectl --> API server --> etcd.\n\nclass: an odd first word.\n\n- one\n'), MODELS);
    const { notes, sections } = render(deck);
    expect(notes[2]).toEqual(['kubectl -> API server -> etcd.', 'class\u200b: an odd first word.']);
    expect(sections[2]).not.toContain('odd');
  });
});

describe('lessonToDeck diagrams', () => {
  const body = `## The worker node

Each worker runs a kubelet, which talks to the API server. The kubelet hands containers to the
container runtime through CRI, kube-proxy routes traffic to pods, and the kubelet reports back.

![A worker node](diagrams/worker.svg "kubegram: preset:course#worker tour=auto")
`;

  test('a diagram is drawn from its model and fitted into the room under the heading', () => {
    const deck = lessonToDeck(lesson('## Cluster\n\n![The whole cluster](d/o.svg "kubegram: preset:course#overview")\n'), MODELS);
    const [fig] = fences(deck);
    expect(fig!.svg).toMatch(/^<svg[\s\S]*<\/svg>$/);
    // Laid out for the box it fills: the picture has the box's shape.
    const [w, h] = fig!.svg.match(/viewBox="[-\d.]+ [-\d.]+ ([\d.]+) ([\d.]+)"/)!.slice(1).map(Number);
    expect(w! / h!).toBeCloseTo(CONTENT.width / fig!.meta.height, 2);
    expect(fig!.svg).toContain('data-id="worker-1"');
    expect(fig!.meta.caption).toEqual({ text: 'The whole cluster' });
    expect(fig!.meta.height + fig!.meta.captionHeight + 10).toBeLessThanOrEqual(CONTENT.height - headingHeight('Cluster'));
    expect(fig!.meta.height).toBeGreaterThan(400);
    const { sections } = render(deck);
    expect(sections[2]).toMatch(/<figure class="kg-diagram" data-diagram="1"><div class="kg-canvas" style="height:\d+px"><svg/);
  });

  test('a diagram\'s labels are drawn at DIAGRAM_FONT_PX or more in the box it fills on a 1280x720 slide', () => {
    const deck = lessonToDeck(lesson('## CP\n\n![cp](d/cp.svg "kubegram: preset:course#control-plane")\n'), MODELS);
    const [fig] = fences(deck);
    const [w, h] = fig!.svg.match(/viewBox="[-\d.]+ [-\d.]+ ([\d.]+) ([\d.]+)"/)!.slice(1).map(Number);
    const scale = Math.min(CONTENT.width / w!, fig!.meta.height / h!);
    // Badge abbreviations live in <symbol>s: they are icons, not labels.
    const sizes = [...fig!.svg.replace(/<defs>[\s\S]*?<\/defs>/, '').matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(sizes.length).toBeGreaterThan(2);
    expect(Math.min(...sizes) * scale).toBeGreaterThanOrEqual(DIAGRAM_FONT_PX);
  });

  test('tour=auto makes a step per component the section names, in order of first mention', () => {
    const deck = lessonToDeck(lesson(body), MODELS);
    const steps = fences(deck).slice(1).map((f) => f.meta.step!.element);
    expect(steps).toEqual(['worker-1-kubelet', 'control-plane-apiserver', 'worker-1-container-runtime', 'worker-1-kube-proxy']);
  });

  test('each tour step highlights its element, captions it with its description, and keeps the drawing\'s size', () => {
    const deck = lessonToDeck(lesson(body), MODELS);
    const [, ...steps] = fences(deck);
    const kubelet = presets.course.nodes.find((n) => n.id === 'worker-1')!.components.find((c) => c.kind === 'kubelet')!;
    expect(steps[0]!.meta.caption).toEqual({ label: `1/4 · ${kubelet.label}`, text: kubelet.description });
    expect(new Set(steps.map((s) => s.meta.height)).size).toBe(1);
    expect(new Set(steps.map((s) => s.meta.captionHeight)).size).toBe(1);
    expect(steps[0]!.svg).not.toBe(steps[1]!.svg);
    const { notes } = render(deck);
    expect(notes.at(-4)).toEqual([`${kubelet.label}: ${kubelet.description}`]);
  });

  test('a story too long for one slide continues on numbered slides, a run of its steps on each, every label at DIAGRAM_FONT_PX', () => {
    const deck = lessonToDeck(lesson('## Apply\n\n![The request](d/rf.svg "kubegram: preset:course#request-flow")\n'), MODELS);
    const figs = fences(deck);
    expect(figs.map((f) => f.meta.caption)).toEqual([
      { label: 'Steps 1-5 of 14', text: 'The request' },
      { label: 'Steps 6-10 of 14', text: 'The request' },
      { label: 'Steps 11-14 of 14', text: 'The request' },
    ]);
    expect(deck).toContain('## Apply (2/3)');
    expect(figs.map((f) => [...f.svg.matchAll(/data-step="(\d+)"/g)].map((m) => Number(m[1])))).toEqual([[1, 2, 3, 4, 5], [6, 7, 8, 9, 10], [11, 12, 13, 14]]);
    for (const fig of figs) {
      const [w, h] = fig.svg.match(/viewBox="[-\d.]+ [-\d.]+ ([\d.]+) ([\d.]+)"/)!.slice(1).map(Number);
      const scale = Math.min(CONTENT.width / w!, fig.meta.height / h!);
      const sizes = [...fig.svg.replace(/<defs>[\s\S]*?<\/defs>/, '').matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
      expect(Math.min(...sizes) * scale).toBeGreaterThanOrEqual(DIAGRAM_FONT_PX);
    }
  });

  test('a tour step closes in on its element: a smaller view box in the drawing\'s shape, its box inside it, every position kept', () => {
    const deck = lessonToDeck(lesson('## All\n\n![all](d/all.svg "kubegram: preset:course#overview tour=kubectl")\n'), MODELS);
    const step = fences(deck)[1]!;
    const frame = { width: CONTENT.width, height: step.meta.height };
    const minFontPx = tourFontPx(presets.course, { view: 'overview' }, frame, ['kubectl'], DIAGRAM_FONT_PX);
    const full = toSvg(presets.course, { view: 'overview', fit: frame, minFontPx, highlight: ['kubectl'] });
    const vb = (svg: string) => /viewBox="([^"]+)"/.exec(svg)![1]!.split(' ').map(Number);
    const [, , fw, fh] = vb(full);
    const [x, y, w, h] = vb(step.svg);
    expect(w!).toBeLessThan(fw!);
    expect(w! / h!).toBeCloseTo(fw! / fh!, 2);
    expect(step.svg.slice(step.svg.indexOf('<g '))).toBe(full.slice(full.indexOf('<g ')));
    const rect = /<g data-id="kubectl"[^>]*><rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/.exec(step.svg)!.slice(1).map(Number);
    expect(rect[0]!).toBeGreaterThanOrEqual(x!);
    expect(rect[0]! + rect[2]!).toBeLessThanOrEqual(x! + w!);
    expect(rect[1]!).toBeGreaterThanOrEqual(y!);
    expect(rect[1]! + rect[3]!).toBeLessThanOrEqual(y! + h!);
  });

  test('each tour step shows its own element, and its close-up draws the labels at least 1.4 times larger than the same picture whole, at DIAGRAM_FONT_PX or more', () => {
    const deck = lessonToDeck(lesson(body), MODELS);
    const [, ...steps] = fences(deck);
    const ids = steps.map((s) => s.meta.step!.element);
    const frame = { width: CONTENT.width, height: steps[0]!.meta.height };
    const minFontPx = tourFontPx(presets.course, { view: 'worker' }, frame, ids, DIAGRAM_FONT_PX);
    const labelPx = (svg: string) => {
      const [, , w, h] = /viewBox="([^"]+)"/.exec(svg)![1]!.split(' ').map(Number);
      const sizes = [...svg.replace(/<defs>[\s\S]*?<\/defs>/, '').matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
      return Math.min(...sizes) * Math.min(frame.width / w!, frame.height / h!);
    };
    for (const [i, step] of steps.entries()) {
      expect(step.svg).toContain(`data-id="${ids[i]}"`);
      const whole = toSvg(presets.course, { view: 'worker', fit: frame, minFontPx, highlight: [ids[i]!] });
      expect(labelPx(step.svg)).toBeGreaterThanOrEqual(DIAGRAM_FONT_PX);
      expect(labelPx(step.svg)).toBeGreaterThanOrEqual(1.4 * labelPx(whole));
    }
  });

  test('a tour step of a container runtime says its name once', () => {
    const deck = lessonToDeck(lesson('## W\n\n![w](d/w.svg "kubegram: preset:course#worker tour=worker-1-container-runtime")\n'), MODELS);
    const caption = fences(deck)[1]!.meta.caption!;
    const name = caption.label!.split(' · ')[1]!;
    expect(`${caption.label} ${caption.text}`.split(name)).toHaveLength(2);
  });

  test('tour=<ids> follows the listed ids', () => {
    const deck = lessonToDeck(lesson('## CP\n\n![cp](d/cp.svg "kubegram: preset:course#control-plane tour=control-plane-etcd,control-plane-apiserver")\n'), MODELS);
    expect(fences(deck).slice(1).map((f) => f.meta.step!.element)).toEqual(['control-plane-etcd', 'control-plane-apiserver']);
  });

  test('a tour step the view does not show is an error naming the file, the line and the valid ids', () => {
    const bad = lesson('## CP\n\n![cp](d/cp.svg "kubegram: preset:course#control-plane tour=worker-1-kubelet")\n', '/course/a/bad.md');
    expect(() => lessonToDeck(bad, MODELS)).toThrow(DeckError);
    expect(() => lessonToDeck(bad, MODELS)).toThrow(/^\/course\/a\/bad\.md:14: error: diagrams\.tour: tour step "worker-1-kubelet" is not an element of the control-plane view; expected one of .*control-plane-apiserver/);
  });

  test('a diagram whose model was not loaded is an error naming the model', () => {
    const l = lesson('## CP\n\n![cp](d/cp.svg "kubegram: ../models/missing.yaml#overview")\n', '/course/a/l.md');
    expect(() => lessonToDeck(l, MODELS)).toThrow(/l\.md:14: error: diagrams\.model: no model loaded for "\/course\/models\/missing\.yaml"/);
  });
});

describe('lessonToDeck on pathological lessons', () => {
  test('lessonToDeck finishes on a lesson with a 200 KB line of "!["', () => {
    const l = lesson(`## Brackets\n\n${'!['.repeat(100_000)}\n`);
    const started = performance.now();
    const deck = lessonToDeck(l, MODELS);
    console.log(`bench: lessonToDeck with a 200 KB line of "![": ${Math.round(performance.now() - started)} ms`);
    expect(deck).toContain('## Brackets');
  }, 60_000);
});

describe('lessonToDeck and the relaxed lesson format', () => {
  const minimal = (front: string, body: string) => {
    const r = parseLesson(`---\n${front}\n---\n${body}`, '/course/02-workloads/03-pods.md');
    if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
    return r.lesson;
  };

  test('a title-only lesson gets a title slide with its folder as module and its first paragraph as description', () => {
    const deck = lessonToDeck(minimal('title: Pods', 'The smallest thing Kubernetes runs.\n\n## Containers\n\n- One or more\n'), MODELS);
    expect(deck).toContain('description: "The smallest thing Kubernetes runs."');
    expect(deck).toContain('# Pods\n\nWorkloads\n\nThe smallest thing Kubernetes runs.');
    expect(deck).toContain('footer: "Kubegram · Workloads"');
  });

  test('a leading # heading that repeats the title makes no slide of its own; a different one does', () => {
    const same = render(lessonToDeck(minimal('title: Pods', '# Pods\n\nIntro.\n\n## Containers\n\n- One\n'), MODELS));
    const other = render(lessonToDeck(minimal('title: Pods', '# Before we start\n\nIntro.\n\n## Containers\n\n- One\n'), MODELS));
    expect(same.sections).toHaveLength(3);
    expect(same.text.filter((t) => t.includes('Pods'))).toHaveLength(1);
    expect(other.sections).toHaveLength(4);
    expect(other.text.some((t) => t.includes('Before we start'))).toBe(true);
  });

  test('a cover image is the title slide\'s background on the right, where imageHref says the deck finds it', () => {
    const l = minimal("title: Pods\ncoverImage: 'images/pod (1).png'", 'Intro.\n');
    expect(lessonToDeck(l, MODELS)).toContain('![bg right:40%](images/pod%20%281%29.png)\n\n# Pods');
    const deck = lessonToDeck(l, MODELS, { imageHref: (p) => `../media/03-pods/${p.split('/').pop()}` });
    expect(deck).toContain('![bg right:40%](../media/03-pods/pod%20%281%29.png)');
    expect(render(deck).html).toMatch(/background-image:url\(&quot;\.\.\/media\/03-pods\/pod%20%281%29\.png&quot;\)/);
    expect(lessonToDeck(minimal('title: Pods', 'Intro.\n'), MODELS)).not.toContain('![bg');
  });
});

describe('lessonToDeck reads the lesson parseLesson read', () => {
  test('lessonToDeck never parses the lesson again and changes none of its tokens', async () => {
    // The markdown-it that @kubegram/content parses lessons with: every parse goes through its prototype.
    const require = createRequire(import.meta.url);
    const content = createRequire(require.resolve('@kubegram/content/package.json'));
    const pkg = content.resolve('markdown-it/package.json');
    const entry = (JSON.parse(readFileSync(pkg, 'utf8')) as { exports: { '.': { import: { default: string } } } }).exports['.'].import.default;
    const { default: MarkdownIt } = (await import(pathToFileURL(join(dirname(pkg), entry)).href)) as { default: { prototype: { parse: () => unknown } } };
    const parse = vi.spyOn(MarkdownIt.prototype, 'parse');
    try {
      const l = lesson('Intro.\n\n## Parts\n\n- One `a`\n- Two\n\n> A quote.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n![The cluster](o.svg "kubegram: preset:course#overview")\n');
      expect(parse).toHaveBeenCalledTimes(1);
      freeze(l.tokens);
      const deck = lessonToDeck(l, MODELS);
      expect(deck).toContain('- One `a`');
      expect(parse).toHaveBeenCalledTimes(1);
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
