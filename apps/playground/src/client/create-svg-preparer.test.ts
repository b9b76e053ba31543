import { toSvg, type SvgOptions } from '@kubegram/diagram';
import { parseCluster, presets, type ClusterInput } from '@kubegram/model';
import { prepareSvg } from '@kubegram/site/client';
import { describe, expect, it, vi } from 'vitest';
import { badgeInliner } from './badge-inliner.ts';
import { createSvgPreparer } from './create-svg-preparer.ts';

// prepareSvg as the preparer calls it, watched to see how much of each picture it reads.
const watched = vi.hoisted(() => ({ inputs: [] as string[] }));
vi.mock('@kubegram/site/client', async (original) => {
  const site = await original<typeof import('@kubegram/site/client')>();
  return { ...site, prepareSvg: (svg: string, opts?: Parameters<typeof site.prepareSvg>[1]) => (watched.inputs.push(svg), site.prepareSvg(svg, opts)) };
});

const draw = (spec: ClusterInput, opts: SvgOptions = {}) => {
  const checked = parseCluster(spec);
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors[0]));
  return toSvg(checked.cluster, opts);
};
const labelled = (label: string): ClusterInput => ({ ...presets.course, label });
const OPTS = { idPrefix: 'pg', title: 'Course', description: 'The course' };

describe('createSvgPreparer', () => {
  it.each([
    ['as prepareSvg does', undefined, (svg: string) => svg],
    ['with its badges drawn in place, as prepareSvg does the rewritten picture', badgeInliner, (svg: string) => badgeInliner(svg)(svg)],
  ])('readies each picture of a run of edits %s', (_, rewriter, rewritten) => {
    const prepare = createSvgPreparer(rewriter);
    const pictures = [
      draw(labelled('Course')),
      draw(labelled('Coursex')),
      draw(labelled('Coursexy')),
      draw(labelled('Cours')),
      draw(labelled('Cours'), { highlight: ['web-1'] }),
      draw(labelled('Cours'), { theme: 'dark' }),
      draw(labelled('Cours'), { view: 'networking' }),
      draw(presets.haCloud),
      draw(labelled('Cours'), { theme: 'dark' }),
      draw(labelled('url(#x and on')),
      draw({ ...labelled('Course'), nodes: presets.course.nodes!.slice(0, -1) }),
      draw({ ...labelled('Course'), nodes: presets.course.nodes!.map((n, i) => (i === presets.course.nodes!.length - 1 ? { ...n, label: 'Last one' } : n)) }),
      draw(labelled('Course')),
    ];
    for (const [i, svg] of pictures.entries()) expect(prepare(svg, { ...OPTS, title: `Course ${i}` }), `picture ${i}`).toBe(prepareSvg(rewritten(svg), { ...OPTS, title: `Course ${i}` }));
  });

  it('readies a picture again in full when the id prefix changes, and takes any SVG prepareSvg takes', () => {
    const prepare = createSvgPreparer();
    const svg = draw(labelled('Course'));
    expect(prepare(svg, { idPrefix: 'a' })).toBe(prepareSvg(svg, { idPrefix: 'a' }));
    expect(prepare(svg, { idPrefix: 'b' })).toBe(prepareSvg(svg, { idPrefix: 'b' }));
    const plain = '<svg viewBox="0 0 1 1"><g data-id="a" id="g"><title>A</title></g><use href="#g"/></svg>';
    expect(prepare(plain, { idPrefix: 'b' })).toBe(prepareSvg(plain, { idPrefix: 'b' }));
    const changed = plain.replace('<title>A</title>', '<title>B</title><g data-id="b"/>');
    expect(prepare(changed, { idPrefix: 'b' })).toBe(prepareSvg(changed, { idPrefix: 'b' }));
  });

  it.each([undefined, badgeInliner])('reads only the tags around a typed label, a small part of the picture (rewriter: %s)', (rewriter) => {
    const prepare = createSvgPreparer(rewriter);
    prepare(draw(labelled('Course')), OPTS);
    const svg = draw(labelled('Coursex'));
    watched.inputs.length = 0;
    prepare(svg, OPTS);
    expect(watched.inputs.length).toBeGreaterThan(0);
    expect(Math.max(...watched.inputs.map((s) => s.length))).toBeLessThan(svg.length / 10);
  });
});
