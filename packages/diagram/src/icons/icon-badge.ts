import type { ElementKind } from '@kubegram/model';

/** Short names the badges carry, in the spirit of the Kubernetes community icons. */
export const ICON_TEXT: Readonly<Record<ElementKind, string>> = {
  cluster: 'k8s',
  'control-plane-node': 'cp',
  'worker-node': 'node',
  apiserver: 'api',
  scheduler: 'sch',
  'controller-manager': 'cm',
  'cloud-controller-manager': 'ccm',
  etcd: 'etcd',
  kubelet: 'klt',
  'kube-proxy': 'kp',
  'container-runtime': 'cri',
  pod: 'pod',
  container: 'ctr',
  kubectl: '>_',
  'load-balancer': 'lb',
  'cloud-provider': 'cld',
  workload: 'wl',
  controller: 'ctl',
  volume: 'vol',
};

// A heptagon like the Kubernetes logo's outline, in a unit square, rounded once here.
const HEPTAGON = Array.from({ length: 7 }, (_, i) => {
  const a = -Math.PI / 2 + (i * 2 * Math.PI) / 7;
  return [0.5 + 0.5 * Math.cos(a), 0.52 + 0.5 * Math.sin(a)] as const;
});

const fmt = (n: number) => String(Math.round(n * 100) / 100 + 0);

/** Colours of a badge. */
export interface BadgeStyle {
  fill: string;
  text: string;
  fontFamily: string;
}

/**
 * SVG markup of the icon badge of an element kind: a heptagon with the kind's short name, `size`
 * pixels wide, its top-left corner at (x, y). The shape is drawn at the origin and moved into
 * place, so a renderer can reuse the same markup for every badge of a kind.
 */
export function iconBadge(kind: ElementKind, x: number, y: number, size: number, style: BadgeStyle): string {
  const pts = HEPTAGON.map(([px, py]) => `${fmt(px * size)},${fmt(py * size)}`).join(' ');
  const text = ICON_TEXT[kind];
  // Four letters need a smaller size to stay inside the badge.
  const fontSize = text.length >= 4 ? size * 0.27 : text.length === 3 ? size * 0.32 : size * 0.4;
  return (
    `<g data-icon="${kind}" aria-hidden="true" transform="translate(${fmt(x)} ${fmt(y)})"><polygon points="${pts}" fill="${style.fill}"/>` +
    `<text x="${fmt(size / 2)}" y="${fmt(size * 0.52 + fontSize * 0.36)}" font-size="${fmt(fontSize)}" font-weight="bold" text-anchor="middle" fill="${style.text}">${text.replace('>', '&gt;')}</text></g>`
  );
}
