// Valid input shown beside every problem, so an author can compare with what works.

/** A complete `kubegram` fence. */
export const FENCE_EXAMPLE = [
  '```kubegram view=worker highlight=w1-kubelet',
  'id: demo',
  'nodes:',
  '  - { id: cp, role: control-plane }',
  '  - { id: w1, role: worker, pods: [{ id: web, containers: [{ image: nginx }] }] }',
  '```',
].join('\n');

/** A `kubegram:` image reference. */
export const REFERENCE_EXAMPLE = '![The control plane](diagrams/control-plane.svg "kubegram: preset:haCloud#control-plane highlight=cp-1-apiserver")';
