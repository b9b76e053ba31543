import { createModelLoader } from './create-model-loader.ts';
import { drawPicture } from './draw-picture.ts';
import { MODEL_FILE } from './render-model.ts';
import type { PictureReply, PictureRequest } from './types.ts';

/** Draws one request after another, each text read as a change of the one before where it can be. */
export function createPictureDrawer(): (request: PictureRequest) => PictureReply {
  const load = createModelLoader(MODEL_FILE);
  return (request) => drawPicture(request, load);
}
