import { presets } from '@kubegram/model';
import { describe, expect, it } from 'vitest';
import { createPictureDrawer } from './create-picture-drawer.ts';
import { drawPicture } from './draw-picture.ts';
import { modelText } from './model-text.ts';
import { DEFAULT_SETTINGS, type PictureReply } from './types.ts';

const course = modelText(presets.course, 'the course');
const withoutTimes = ({ times: _times, ...reply }: PictureReply) => reply;

describe('createPictureDrawer', () => {
  it('draws each text of a typed label as drawPicture does afresh, the changed text read without a fresh parse', () => {
    const draw = createPictureDrawer();
    const texts = ['', 'x', 'xy'].map((s) => course.replace(/^label: (.*)$/m, (_m, label: string) => `label: ${label}${s}`));
    for (const [i, text] of texts.entries()) {
      const request = { id: i, text, settings: DEFAULT_SETTINGS, prefersDark: false };
      const reply = draw(request);
      expect(withoutTimes(reply)).toEqual(withoutTimes(drawPicture(request)));
      expect(reply.ok && reply.caption).toMatch(new RegExp(`${'xy'.slice(0, i)}: `));
    }
  });
});
