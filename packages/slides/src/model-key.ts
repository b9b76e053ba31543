import type { DiagramModel } from '@kubegram/content';

/** The key a diagram's model goes under in the models map: `preset:<name>` or the file path. */
export function modelKey(model: DiagramModel): string {
  return model.kind === 'preset' ? `preset:${model.name}` : model.path;
}
