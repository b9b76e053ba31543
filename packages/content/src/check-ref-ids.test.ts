import { parseCluster, type Cluster } from '@kubegram/model';
import { describe, expect, test } from 'vitest';
import { checkRefIds } from './check-ref-ids.js';
import { findDiagramRefs } from './find-diagram-refs.js';

const parsed = parseCluster({
  id: 'shop',
  nodes: [
    { id: 'cp-1', role: 'control-plane' },
    { id: 'worker-1', role: 'worker', pods: [{ id: 'web-1', containers: [{ image: 'nginx:1.27' }] }] },
  ],
});
if (!parsed.ok) throw new Error('the test model must be valid');
const cluster: Cluster = parsed.cluster;

const check = (title: string) => {
  const { refs, errors } = findDiagramRefs(`![A cluster](a.svg "kubegram: shop.yaml#${title}")`, '/course/lesson.md');
  expect(errors).toEqual([]);
  return checkRefIds(refs[0]!, cluster);
};

describe('checkRefIds', () => {
  test('accepts ids the view draws, relations included', () => {
    expect(check('worker highlight=worker-1-kubelet,reports:worker-1-kubelet->cp-1-apiserver tour=auto node=worker-1')).toEqual([]);
    expect(check('overview tour=cp-1-etcd,web-1')).toEqual([]);
  });

  test('a misspelt highlight id names the near miss, where it starts and a reference that works', () => {
    const problems = check('worker highlight=worker-1-kubelet,worker-1-kubelt');
    expect(problems).toEqual([
      {
        option: 'highlight',
        id: 'worker-1-kubelt',
        offset: 74,
        message:
          'unknown id "worker-1-kubelt" in highlight=: expected ids of elements or relations the worker view draws, such as "cp-1", "cp-1-apiserver", "worker-1", "worker-1-kubelet" (did you mean "worker-1-kubelet"?)',
        example: '![A cluster](a.svg "kubegram: shop.yaml#worker highlight=worker-1-kubelet,worker-1-kubelet")',
      },
    ]);
    expect(`![A cluster](a.svg "kubegram: shop.yaml#worker highlight=worker-1-kubelet,worker-1-kubelt")`.slice(74, 89)).toBe('worker-1-kubelt');
  });

  test('an id of the model that the view leaves out is reported as not drawn', () => {
    const [problem] = check('control-plane highlight=web-1');
    expect(problem?.message).toMatch(/^"web-1" is not drawn in the control-plane view, so highlighting it shows nothing/);
  });

  test('tour steps must be elements the view draws', () => {
    const problems = check('worker tour=worker-1-kubelet,cp-1-etcd,nope');
    expect(problems.map((p) => [p.option, p.id, p.message.split(':')[0]])).toEqual([
      ['tour', 'cp-1-etcd', '"cp-1-etcd" is not drawn in the worker view'],
      ['tour', 'nope', 'unknown id "nope" in tour='],
    ]);
  });

  test('an unknown node lists the nodes of its role, and stops there', () => {
    expect(check('worker node=worker-2 highlight=nope')).toEqual([
      {
        option: 'node',
        id: 'worker-2',
        offset: 52,
        message: 'unknown node "worker-2" for the worker view: expected one of "worker-1" (did you mean "worker-1"?)',
        example: '![A cluster](a.svg "kubegram: shop.yaml#worker node=worker-1 highlight=nope")',
      },
    ]);
  });
});
