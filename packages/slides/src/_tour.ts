import { ELEMENT_KIND_NAMES, selectView, type Cluster, type ClusterElement, type ElementKind } from '@kubegram/model';
import type { DiagramRef } from '@kubegram/content';
import { DeckError } from './deck-error.js';

interface Mention {
  id: string;
  start: number;
  end: number;
}

/**
 * The components a text names, in order of first mention: each element of the view matched by its
 * label or by what lessons call its kind (the kind's names go to its first element in the view).
 * A longer name wins over a shorter one inside it ("cloud controller manager" over "controller
 * manager").
 */
export function mentionedElements(text: string, elements: readonly ClusterElement[]): string[] {
  const names: { id: string; name: string }[] = [];
  const kindTaken = new Set<ElementKind>();
  for (const e of elements) {
    if (e.kind === 'cluster') continue;
    names.push({ id: e.id, name: e.label });
    if (kindTaken.has(e.kind)) continue;
    kindTaken.add(e.kind);
    for (const name of ELEMENT_KIND_NAMES[e.kind]) names.push({ id: e.id, name });
  }
  const lower = text.toLowerCase();
  const found: Mention[] = [];
  for (const { id, name } of names) {
    const needle = name.toLowerCase().trim();
    if (needle.length < 3) continue;
    const re = new RegExp(`(?<![\\w-])${escapeRegExp(needle)}(?:e?s)?(?![\\w-])`, 'g');
    for (const m of lower.matchAll(re)) found.push({ id, start: m.index, end: m.index + m[0].length });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const order: string[] = [];
  let claimedTo = -1;
  for (const m of found) {
    if (m.start < claimedTo) continue;
    claimedTo = m.end;
    if (!order.includes(m.id)) order.push(m.id);
  }
  return order;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\s-]+/g, '[\\s-]+');
}

/** One step of a tour: the element it highlights. */
export interface TourStep {
  element: ClusterElement;
}

/**
 * The steps of a diagram's tour: the ids the reference lists, or for `auto` the components the
 * section's text names. Throws a DeckError for an id the view does not show.
 */
export function tourSteps(ref: DiagramRef, cluster: Cluster, sectionText: string, file: string): TourStep[] {
  if (ref.tour === undefined) return [];
  const shown = selectView(cluster, ref.view, ref.node === undefined ? {} : { node: ref.node }).elements;
  const byId = new Map(shown.map((e) => [e.id, e]));
  const ids = ref.tour === 'auto' ? mentionedElements(sectionText, shown) : ref.tour;
  return ids.map((id) => {
    const element = byId.get(id);
    if (!element) {
      const valid = shown.filter((e) => e.kind !== 'cluster').map((e) => e.id);
      throw new DeckError(file, ref.line, 'diagrams.tour', `tour step "${id}" is not an element of the ${ref.view} view; expected one of ${valid.join(', ')} (for example tour=${valid.slice(0, 2).join(',')})`);
    }
    return { element };
  });
}

/** What a tour step's slide says under the drawing: the step and the element's name in bold, then what it does. */
export interface TourCaption {
  label: string;
  text: string;
}

/**
 * The caption of a tour step: `2/4 · containerd`, then the element's description without the name
 * it may open with ("containerd, the container runtime…" reads "The container runtime…"), nor the
 * start of the name set apart ("Worker node 1" with "A worker node: it runs…" reads "It runs…"), so
 * the name is said once.
 */
export function tourCaption(element: Pick<ClusterElement, 'label' | 'description'>, index: number, count: number): TourCaption {
  const name = element.label.trim();
  const text = element.description.trim();
  const opening = new RegExp(`^(?:the\\s+)?${escapeRegExp(name.toLowerCase())}(?:\\s*[,:;—–-]\\s*|\\s+is\\s+)`, 'i');
  // A description may open with what the name starts with, set apart by a colon or a dash.
  const kindOf = /^(?:(?:a|an|the)\s+)?([^,:;—–]+?)\s*(?::|\s[—–-])\s*/i.exec(text);
  const startsName = kindOf !== null && new RegExp(`^${escapeRegExp(kindOf[1]!.toLowerCase())}(?![\\w-])`, 'i').test(name);
  const m = name === '' ? null : (opening.exec(text) ?? (startsName ? kindOf : null));
  const rest = m ? text.slice(m[0].length) : '';
  return { label: `${index + 1}/${count} · ${name}`, text: rest === '' ? text : rest.charAt(0).toUpperCase() + rest.slice(1) };
}
