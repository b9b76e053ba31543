import type { ElementKind } from '@kubegram/model';
import { ICON } from '../layout/_text.js';
import { ICON_TEXT } from './icon-text.js';

// A heptagon like the Kubernetes logo's outline, in a unit square, rounded once here.
const HEPTAGON = Array.from({ length: 7 }, (_, i) => {
  const a = -Math.PI / 2 + (i * 2 * Math.PI) / 7;
  return [0.5 + 0.5 * Math.cos(a), 0.52 + 0.5 * Math.sin(a)] as const;
});

/** Writes a number with at most two decimals, never as `-0`. */
export const fmt = (n: number): string => String(Math.round(n * 100) / 100 + 0);

const pointsAt = (size: number) => HEPTAGON.map(([px, py]) => `${fmt(px * size)},${fmt(py * size)}`).join(' ');

// Every diagram draws its badges at the layout's icon size; its outline is formatted once, here.
const STANDARD_POINTS = pointsAt(ICON.size);

/**
 * The shapes of a badge drawn at the origin, `size` pixels wide: a heptagon and the kind's short
 * name, each painted by attribute text (` fill="#326ce5"` or a class).
 */
export function badgeBody(kind: ElementKind, size: number, fill: string, text: string): string {
  const pts = size === ICON.size ? STANDARD_POINTS : pointsAt(size);
  const name = ICON_TEXT[kind];
  // Four letters need a smaller size to stay inside the badge.
  const fontSize = name.length >= 4 ? size * 0.27 : name.length === 3 ? size * 0.32 : size * 0.4;
  return (
    `<polygon points="${pts}"${fill}/>` +
    `<text x="${fmt(size / 2)}" y="${fmt(size * 0.52 + fontSize * 0.36)}" font-size="${fmt(fontSize)}" font-weight="bold" text-anchor="middle"${text}>${name.replace('>', '&gt;')}</text>`
  );
}
