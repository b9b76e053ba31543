import { presets } from '@kubegram/model';
import { stringify } from 'yaml';
import { modelText } from '../src/client/model-text.ts';

/** The course's model, as the playground first shows it. */
export const courseText = modelText(presets.course, 'The course’s cluster.');

/** A model of `nodes` nodes (three control-plane, the rest workers with two pods each) as YAML. */
export function bigText(nodes = 100): string {
  const spec = {
    id: 'big',
    label: `${nodes} nodes`,
    nodes: Array.from({ length: nodes }, (_, i) =>
      i < 3
        ? { id: `cp-${i}`, role: 'control-plane' }
        : {
            id: `w-${i}`,
            role: 'worker',
            pods: [0, 1].map((p) => ({ id: `w-${i}-p${p}`, containers: [{ id: `w-${i}-p${p}-app`, image: 'app:1' }] })),
          },
    ),
  };
  return `# A cluster of ${nodes} nodes.\n${stringify(spec, { lineWidth: 0 })}`;
}
