import type { ElementKind } from '@kubegram/model';
import { badgeBody, fmt } from './_badge-body.js';

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
  return `<g data-icon="${kind}" aria-hidden="true" transform="translate(${fmt(x)} ${fmt(y)})">${badgeBody(kind, size, ` fill="${style.fill}"`, ` fill="${style.text}"`)}</g>`;
}
