import fc from 'fast-check';
import { VIEW_NAMES } from '@kubegram/model';
import { describe, expect, test } from 'vitest';
import { findDiagramRefs } from './find-diagram-refs.js';

const FILE = '/course/architecture/lesson.md';
const messages = (md: string) => findDiagramRefs(md, FILE).errors.map((e) => `${e.path}: ${e.message}`);

describe('findDiagramRefs', () => {
  test('reads model, view and options, resolving paths against the lesson', () => {
    const md = 'Intro.\n\n![A worker](diagrams/worker.svg "kubegram: ../models/course.ts#worker tour=auto node=worker-2 highlight=a,b")\n';
    const { refs, errors } = findDiagramRefs(md, FILE);
    expect(errors).toEqual([]);
    expect(refs).toEqual([
      {
        alt: 'A worker',
        src: 'diagrams/worker.svg',
        output: '/course/architecture/diagrams/worker.svg',
        model: { kind: 'file', path: '/course/models/course.ts' },
        view: 'worker',
        highlight: ['a', 'b'],
        tour: 'auto',
        node: 'worker-2',
        line: 3,
        raw: '![A worker](diagrams/worker.svg "kubegram: ../models/course.ts#worker tour=auto node=worker-2 highlight=a,b")',
      },
    ]);
  });

  test('reads presets, id tours and leaves out options that are not given', () => {
    const { refs } = findDiagramRefs('![cp](cp.svg "kubegram: preset:haCloud#control-plane tour=cp-1-apiserver,cp-1-etcd")', FILE);
    expect(refs[0]).toMatchObject({ model: { kind: 'preset', name: 'haCloud' }, view: 'control-plane', highlight: [], tour: ['cp-1-apiserver', 'cp-1-etcd'] });
    expect(refs[0]).not.toHaveProperty('node');
  });

  test('counts lines from bodyLine, across soft breaks, lists and tables', () => {
    const md = [
      'text',
      'more text ![one](a.svg "kubegram: preset:course#overview")',
      '',
      '- item',
      '- ![two](b.svg "kubegram: preset:course#worker")',
      '',
      '| picture |',
      '| --- |',
      '| ![three](c.svg "kubegram: preset:local#reconcile") |',
    ].join('\n');
    const { refs } = findDiagramRefs(md, FILE, 11);
    expect(refs.map((r) => [r.alt, r.line])).toEqual([
      ['one', 12],
      ['two', 15],
      ['three', 19],
    ]);
  });

  test('keeps the raw text of each of two references on one line', () => {
    const md = '![a](a.svg "kubegram: preset:course#overview") and ![b](b.svg \'kubegram: preset:course#worker\')';
    expect(findDiagramRefs(md, FILE).refs.map((r) => r.raw)).toEqual([
      '![a](a.svg "kubegram: preset:course#overview")',
      "![b](b.svg 'kubegram: preset:course#worker')",
    ]);
  });

  test('ignores ordinary images and references inside code', () => {
    const md = '![photo](photo.png "A photo")\n\n```md\n![x](x.svg "kubegram: nope")\n```\n\n    ![y](y.svg "kubegram: nope")\n\n`![z](z.svg "kubegram: nope")`\n';
    expect(findDiagramRefs(md, FILE)).toEqual({ refs: [], errors: [] });
  });

  test('reads the networking and workloads views with a tour', () => {
    const { refs, errors } = findDiagramRefs('![a](a.svg "kubegram: preset:haCloud#networking tour=shop,web-svc") ![b](b.svg "kubegram: preset:haCloud#workloads")', FILE);
    expect(errors).toEqual([]);
    expect(refs.map((r) => r.view)).toEqual(['networking', 'workloads']);
    expect(refs[0]).toMatchObject({ tour: ['shop', 'web-svc'] });
  });

  test('a missing view names the syntax and the views', () => {
    expect(messages('![a](a.svg "kubegram: ../models/course.ts")')).toEqual([
      'diagrams[0].view: missing the view: expected "../models/course.ts#<view>" with a view among overview, control-plane, worker, request-flow, reconcile, networking, workloads, such as "kubegram: ../models/course.ts#overview highlight=control-plane-apiserver"',
    ]);
  });

  test('an unknown view, preset, option or model format is named with what was expected', () => {
    expect(messages('![a](a.svg "kubegram: ../m.ts#overveiw")')).toEqual([
      'diagrams[0].view: unknown view "overveiw": expected one of overview, control-plane, worker, request-flow, reconcile, networking, workloads',
    ]);
    expect(messages('![a](a.svg "kubegram: preset:gke#overview")')).toEqual([
      'diagrams[0].model: unknown preset "gke": expected one of preset:course, preset:haCloud, preset:local',
    ]);
    expect(messages('![a](a.svg "kubegram: preset:course#overview colour=red")')[0]).toMatch(
      /^diagrams\[0\]\.options\.colour: unknown option "colour": expected highlight=…, tour=…, node=…/,
    );
    expect(messages('![a](a.svg "kubegram: ../models/course.txt#overview")')[0]).toMatch(/^diagrams\[0\]\.model: expected the model "..\/models\/course.txt" to be a TypeScript/);
  });

  test('malformed option values and node on a view without nodes are errors', () => {
    expect(messages('![a](a.svg "kubegram: preset:course#overview highlight= tour=a,,b")')).toEqual([
      'diagrams[0].options.highlight: expected element ids separated by commas, such as "highlight=control-plane-apiserver,control-plane-etcd", got "highlight="',
      'diagrams[0].options.tour: expected "tour=auto" or element ids, such as "tour=worker-1-kubelet,worker-1-kube-proxy", got "tour=a,,b"',
    ]);
    expect(messages('![a](a.svg "kubegram: preset:course#overview node=worker-1")')).toEqual([
      'diagrams[0].options.node: "node=" picks the node of a control-plane or worker view, not of the overview view',
    ]);
    expect(messages('![a](a.svg "kubegram: preset:course#worker node=a node=b")')).toEqual([
      'diagrams[0].options.node: option "node" is given twice: expected it at most once',
    ]);
  });

  test('an empty reference, a non-SVG or absolute image path and a plain link are errors with line and column', () => {
    const md = 'x\n\nsee ![a](a.png "kubegram: preset:course#overview")\n\n![b](/abs/b.svg "kubegram: preset:course#overview")\n\n![c](c.svg "kubegram:")\n\n[d](d.svg "kubegram: preset:course#overview")';
    const { refs, errors } = findDiagramRefs(md, FILE, 5);
    expect(refs).toEqual([]);
    expect(errors.map((e) => [e.line, e.column, e.path])).toEqual([
      [7, 5, 'diagrams[0].src'],
      [9, 1, 'diagrams[1].src'],
      [11, 1, 'diagrams[2].model'],
      [13, undefined, 'diagrams[3]'],
    ]);
    expect(errors.every((e) => e.file === FILE)).toBe(true);
    expect(errors[0]?.message).toBe('expected the image path to end in .svg (the diagram is written there), got "a.png"');
    expect(errors[3]?.message).toMatch(/must be an image/);
  });

  test('keeps the image path as written when it needs escaping in a URL', () => {
    const { refs } = findDiagramRefs('![a](diagrams/über%20blick.svg "kubegram: preset:course#overview")', FILE);
    expect(refs[0]?.src).toBe('diagrams/über%20blick.svg');
  });

  test('reads back every well-formed reference it is given, options in any order', () => {
    const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/);
    fc.assert(
      fc.property(
        fc.constantFrom(...VIEW_NAMES),
        fc.constantFrom('../models/course.ts', 'm.yaml', 'preset:local'),
        fc.array(id, { maxLength: 3 }),
        fc.option(fc.oneof(fc.constant('auto' as const), fc.array(id, { minLength: 1, maxLength: 3 })), { nil: undefined }),
        fc.option(id, { nil: undefined }),
        fc.boolean(),
        (view, model, highlight, tour, node, reverse) => {
          const withNode = view === 'worker' || view === 'control-plane' ? node : undefined;
          const options = [
            highlight.length > 0 ? `highlight=${highlight.join(',')}` : '',
            tour === undefined ? '' : `tour=${tour === 'auto' ? 'auto' : tour.join(',')}`,
            withNode === undefined ? '' : `node=${withNode}`,
          ].filter((o) => o !== '');
          if (reverse) options.reverse();
          const md = `# T\n\n![alt](d/x.svg "kubegram: ${model}#${view} ${options.join(' ')}")\n`;
          const { refs, errors } = findDiagramRefs(md, FILE, 7);
          expect(errors).toEqual([]);
          expect(refs).toHaveLength(1);
          const ref = refs[0]!;
          expect(ref.view).toBe(view);
          expect(ref.highlight).toEqual(highlight);
          expect(ref.tour).toEqual(tour);
          expect(ref.node).toBe(withNode);
          expect(ref.line).toBe(9);
          expect(ref.model).toEqual(model.startsWith('preset:') ? { kind: 'preset', name: 'local' } : { kind: 'file', path: `/course/${model === 'm.yaml' ? 'architecture/' : ''}${model.replace('../', '')}` });
        },
      ),
      { numRuns: 200 },
    );
  });

  test('never throws on arbitrary titles', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('kubegram:', ' ', '#', '=', ',', 'preset:', 'a', '.ts', '/', '%', 'overview', 'tour') }), (title) => {
        const r = findDiagramRefs(`![a](a.svg "kubegram:${title.replace(/"/g, '')}")`, FILE);
        return r.refs.length + r.errors.length > 0 && r.errors.every((e) => e.file === FILE && e.line === 1);
      }),
      { numRuns: 300 },
    );
  });
});
