// @vitest-environment jsdom
import { presets, VIEW_NAMES } from '@kubegram/model';
import mermaid from 'mermaid';
import { describe, expect, test } from 'vitest';
import { VIEW_DIAGRAMS } from '../diagrams/diagram-types.js';
import { toMermaid } from './to-mermaid.js';

// Mermaid's own parser, under jsdom: the settings it reads back are the ones a Mermaid user gets.
type Parsed = { config: { themeVariables: Record<string, unknown>; flowchart?: Record<string, unknown>; sequence?: Record<string, unknown> } };
const parseText = async (text: string) => (await mermaid.parse(text)) as unknown as Parsed;
const direction = async (text: string) => {
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
  return (diagram.db as unknown as { getDirection(): string }).getDirection();
};

describe('toMermaid with a frame', () => {
  test('toMermaid(c, { fit }) parses for every view, in a column, a phone and a slide', async () => {
    for (const fit of [{ width: 662 }, { width: 390 }, { width: 1136, height: 480 }]) {
      for (const view of VIEW_NAMES) {
        const { config } = await parseText(toMermaid(presets.course, { view, fit, minFontPx: 16 }));
        expect(config.themeVariables.fontSize).toBe('16px');
        const section = VIEW_DIAGRAMS[view] === 'structure' ? config.flowchart : config.sequence;
        expect(section?.useMaxWidth).toBe(true);
      }
    }
  });
  test('toMermaid lays a structure view left to right for a wide frame, top to bottom for a column or a phone', async () => {
    expect(await direction(toMermaid(presets.course, { fit: { width: 1136, height: 480 } }))).toBe('LR');
    expect(await direction(toMermaid(presets.course, { fit: { width: 662 } }))).toBe('TB');
    expect(await direction(toMermaid(presets.course, { fit: { width: 390, ratio: 0.6 } }))).toBe('TB');
  });
  test('toMermaid wraps labels to the frame: narrower for a phone, never past Mermaid\'s usual 200', async () => {
    expect((await parseText(toMermaid(presets.course, { fit: { width: 390 } }))).config.flowchart?.wrappingWidth).toBe(100);
    expect((await parseText(toMermaid(presets.course, { fit: { width: 1136 } }))).config.flowchart?.wrappingWidth).toBe(200);
    const seq = (await parseText(toMermaid(presets.course, { view: 'request-flow', fit: { width: 390 } }))).config.sequence;
    expect(seq).toMatchObject({ wrap: true, width: 90 });
  });
  test('toMermaid without a frame, or with a ratio only, writes what it always wrote', () => {
    const plain = toMermaid(presets.course);
    expect(toMermaid(presets.course, { fit: '16:9' })).toBe(plain);
    expect(toMermaid(presets.course, { minFontPx: 16 })).toBe(plain);
    expect(plain).toContain('\nflowchart TB\n');
  });
  test('toMermaid refuses a frame without a width, naming the option and giving an example', () => {
    expect(() => toMermaid(presets.course, { fit: { width: 0 } })).toThrow(/options\.fit is \{"width":0\}: expected a frame with a width in pixels .*\(for example \{ width: 662 \}/);
  });
});
