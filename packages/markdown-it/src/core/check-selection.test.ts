import { presets } from '@kubegram/model';
import { describe, expect, it } from 'vitest';
import { checkSelection } from './check-selection.js';

const at = () => ({ file: 'page.md', line: 3, column: 1 });
const messages = (...args: Parameters<typeof checkSelection>) => checkSelection(...args).map((p) => p.message);

describe('checkSelection', () => {
  it('accepts ids the view draws and a node of the right role', () => {
    expect(messages(presets.haCloud, { view: 'control-plane', highlight: ['cp-1-apiserver', 'cp-1-etcd'] }, at, '')).toEqual([]);
  });

  it('names an unknown id, an id the view does not draw, and a node of the wrong role', () => {
    expect(messages(presets.haCloud, { view: 'control-plane', highlight: ['cp-1-apiservr'] }, at, '')).toEqual([
      expect.stringMatching(/^unknown id "cp-1-apiservr" in highlight=: expected ids of elements or relations of the cluster, such as "/),
    ]);
    const worker = presets.haCloud.nodes.find((n) => n.role === 'worker')!.id;
    expect(messages(presets.haCloud, { view: 'control-plane', highlight: [worker] }, at, '')).toEqual([
      expect.stringMatching(new RegExp(`^"${worker}" is not drawn in the control-plane view`)),
    ]);
    expect(messages(presets.haCloud, { view: 'worker', highlight: [], node: 'cp-1' }, at, '')).toEqual([
      expect.stringMatching(/^unknown node "cp-1" for the worker view: expected one of "/),
    ]);
    expect(messages(presets.haCloud, { view: 'overview', highlight: [], node: worker }, at, '')).toEqual([
      `"node=${worker}" picks the node of a control-plane or worker view, not of the overview view`,
    ]);
  });
});
