import { badgeInliner } from './badge-inliner.ts';
import { createModelLoader } from './create-model-loader.ts';
import { createSvgPreparer } from './create-svg-preparer.ts';
import { drawPicture } from './draw-picture.ts';
import { MODEL_FILE } from './render-model.ts';
import type { PictureReply, PictureRequest } from './types.ts';

/**
 * Draws one request after another, each text read, and each picture readied, as a change of the
 * one before where it can be, as `drawPicture` draws it afresh.
 */
export function createPictureDrawer(): (request: PictureRequest) => PictureReply {
  const load = createModelLoader(MODEL_FILE);
  const prepare = createSvgPreparer(badgeInliner);
  return (request) => drawPicture(request, load, prepare);
}
