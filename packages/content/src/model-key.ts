import type { DiagramModel } from './types.js';

/** The key a diagram's model goes under in a map of loaded models: `preset:<name>` or the file path. */
export function modelKey(model: DiagramModel): string {
  return model.kind === 'preset' ? `preset:${model.name}` : model.path;
}
