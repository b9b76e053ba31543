import { describe, expect, it } from 'vitest';
import { renderFigure } from './render-figure.ts';

const base = { id: 'diagram-1', caption: 'The cluster', view: 'overview', svg: '<svg id="a"></svg>', downloads: [] };

describe('renderFigure', () => {
  it('renderFigure without a phone picture draws the one SVG in a plain canvas', () => {
    const html = renderFigure(base);
    expect(html).toContain('<div class="kg-diagram__canvas"><svg id="a"></svg><div class="kg-tooltip"');
    expect(html).not.toContain('kg-diagram__phone');
  });
  it('renderFigure with a phone picture puts it after the column one, in a box the stylesheet shows on narrow windows', () => {
    const html = renderFigure({ ...base, phone: { svg: '<svg id="b"></svg>', scroll: false } });
    expect(html).toContain('<div class="kg-diagram__canvas kg-diagram__canvas--phone"><svg id="a"></svg><div class="kg-diagram__phone"><svg id="b"></svg></div><div class="kg-tooltip"');
  });
  it('renderFigure marks a phone picture wider than the phone as one that scrolls', () => {
    expect(renderFigure({ ...base, phone: { svg: '<svg id="b"></svg>', scroll: true } })).toContain('<div class="kg-diagram__phone kg-diagram__phone--scroll"><svg id="b"></svg></div>');
  });
});
