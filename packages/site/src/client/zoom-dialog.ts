import { zoomScales } from './_zoom-scales.ts';

// The smallest label, in CSS pixels, that the full view opens with.
const MIN_LABEL_PX = 14;
const STEP = 1.25;
const PAN_PX = 48;

interface ZoomState {
  dialog: HTMLDialogElement;
  title: HTMLElement;
  level: HTMLOutputElement;
  viewport: HTMLElement;
  stage: HTMLElement;
  scale: number;
  initial: number;
  min: number;
  max: number;
  size: { w: number; h: number };
  opener: HTMLElement | null;
}

let state: ZoomState | undefined;

/**
 * Gives a figure a button (and a double click) that opens its diagram in a full-window dialog,
 * zoomed so that its smallest label reads at 14 px or more; wheel with Ctrl (a trackpad pinch),
 * a two-finger pinch, + / − / 0 and the arrow keys zoom and pan, Esc closes.
 */
export function addZoom(figure: HTMLElement): void {
  const caption = figure.querySelector('figcaption');
  if (!caption) return;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'kg-diagram__zoom';
  button.textContent = 'Open full view';
  button.addEventListener('click', () => openZoom(figure, button));
  caption.append(button);
  figure.querySelector('.kg-diagram__canvas')?.addEventListener('dblclick', () => openZoom(figure, button));
}

function shownSvg(figure: HTMLElement): SVGSVGElement | undefined {
  const all = [...figure.querySelectorAll<SVGSVGElement>('.kg-diagram__canvas svg')];
  return all.find((s) => s.getBoundingClientRect().width > 0) ?? all[0];
}

function openZoom(figure: HTMLElement, opener: HTMLElement): void {
  const source = shownSvg(figure);
  const box = source?.viewBox.baseVal;
  if (!source || !box || box.width <= 0) return;
  const z = (state ??= createDialog());
  const clone = source.cloneNode(true) as SVGSVGElement;
  // One tab stop for the picture: the viewport pans and zooms; the boxes inside stay out of the way.
  for (const el of clone.querySelectorAll('[tabindex]')) el.setAttribute('tabindex', '-1');
  clone.removeAttribute('style');
  z.stage.replaceChildren(clone);
  z.title.textContent = figure.querySelector('.kg-diagram__caption')?.textContent ?? 'Diagram';
  z.opener = opener;
  z.size = { w: box.width, h: box.height };
  z.dialog.showModal();
  const scales = zoomScales({
    picture: z.size,
    viewport: { w: z.viewport.clientWidth, h: z.viewport.clientHeight },
    smallestLabel: smallestLabel(clone),
    minLabelPx: MIN_LABEL_PX,
  });
  Object.assign(z, scales);
  setScale(z, z.initial);
  z.viewport.scrollTo({ left: (z.viewport.scrollWidth - z.viewport.clientWidth) / 2, top: 0 });
  z.viewport.focus();
}

// The smallest label the picture uses, in its own units. Icon badges (symbols) hold short
// abbreviations drawn as part of the icon, not labels to read.
function smallestLabel(svg: SVGSVGElement): number {
  let min = Infinity;
  for (const t of svg.querySelectorAll('text')) {
    if (t.closest('symbol, defs')) continue;
    const size = Number.parseFloat(t.getAttribute('font-size') ?? '');
    if (size > 0 && size < min) min = size;
  }
  return Number.isFinite(min) ? min : 12;
}

// Zooms to `next`, keeping the picture point under (x, y) of the viewport where it was.
function setScale(z: ZoomState, next: number, at?: { x: number; y: number }): void {
  const scale = Math.min(z.max, Math.max(z.min, next));
  const { viewport } = z;
  const ax = at?.x ?? viewport.clientWidth / 2;
  const ay = at?.y ?? viewport.clientHeight / 2;
  const px = (viewport.scrollLeft + ax) / z.scale;
  const py = (viewport.scrollTop + ay) / z.scale;
  z.scale = scale;
  const svg = z.stage.querySelector('svg');
  svg?.setAttribute('width', String(Math.ceil(z.size.w * scale)));
  svg?.setAttribute('height', String(Math.ceil(z.size.h * scale)));
  viewport.scrollLeft = px * scale - ax;
  viewport.scrollTop = py * scale - ay;
  z.level.value = `${Math.round((scale / z.initial) * 100)}%`;
}

function createDialog(): ZoomState {
  const dialog = document.createElement('dialog');
  dialog.className = 'kg-zoom';
  dialog.setAttribute('aria-labelledby', 'kg-zoom-title');
  dialog.innerHTML = [
    '<div class="kg-zoom__bar">',
    '<h2 class="kg-zoom__title" id="kg-zoom-title"></h2>',
    '<button type="button" data-zoom="out" aria-label="Zoom out">−</button>',
    '<output class="kg-zoom__level" aria-live="polite"></output>',
    '<button type="button" data-zoom="in" aria-label="Zoom in">+</button>',
    '<button type="button" data-zoom="reset">Reset</button>',
    '<button type="button" data-zoom="close" aria-label="Close the full view">Close</button>',
    '</div>',
    '<div class="kg-zoom__viewport" tabindex="0" role="group" aria-roledescription="zoomable diagram" aria-label="Arrow keys pan; plus, minus and 0 zoom">',
    '<div class="kg-zoom__stage"></div></div>',
  ].join('');
  document.body.append(dialog);
  const q = <T extends Element>(s: string) => dialog.querySelector<T>(s)!;
  const z: ZoomState = {
    dialog,
    title: q('.kg-zoom__title'),
    level: q('.kg-zoom__level'),
    viewport: q('.kg-zoom__viewport'),
    stage: q('.kg-zoom__stage'),
    scale: 1,
    initial: 1,
    min: 1,
    max: 1,
    size: { w: 1, h: 1 },
    opener: null,
  };
  wireControls(z);
  wirePointer(z);
  dialog.addEventListener('close', () => {
    z.stage.replaceChildren();
    z.opener?.focus();
  });
  return z;
}

const KEYS: Readonly<Record<string, (z: ZoomState) => void>> = {
  '+': (z) => setScale(z, z.scale * STEP),
  '=': (z) => setScale(z, z.scale * STEP),
  '-': (z) => setScale(z, z.scale / STEP),
  '0': (z) => setScale(z, z.initial),
  ArrowLeft: (z) => z.viewport.scrollBy(-PAN_PX, 0),
  ArrowRight: (z) => z.viewport.scrollBy(PAN_PX, 0),
  ArrowUp: (z) => z.viewport.scrollBy(0, -PAN_PX),
  ArrowDown: (z) => z.viewport.scrollBy(0, PAN_PX),
};

function wireControls(z: ZoomState): void {
  const { dialog } = z;
  dialog.addEventListener('click', (event) => {
    const action = (event.target as Element).closest<HTMLElement>('[data-zoom]')?.dataset.zoom;
    if (action === 'in') setScale(z, z.scale * STEP);
    else if (action === 'out') setScale(z, z.scale / STEP);
    else if (action === 'reset') setScale(z, z.initial);
    else if (action === 'close') dialog.close();
  });
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Tab') return keepFocusInside(dialog, event);
    const onButton = (event.target as Element).closest('button');
    const act = KEYS[event.key];
    if (!act || (onButton && event.key.startsWith('Arrow')) || event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    act(z);
  });
}

// A modal dialog makes the page behind it inert; this also keeps Tab from leaving for the browser's own controls.
function keepFocusInside(dialog: HTMLDialogElement, event: KeyboardEvent): void {
  const stops = [...dialog.querySelectorAll<HTMLElement>('button, [tabindex="0"]')];
  const first = stops[0];
  const last = stops[stops.length - 1];
  if (!first || !last) return;
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}

function wirePointer(z: ZoomState): void {
  const { viewport } = z;
  const pointers = new Map<number, { x: number; y: number }>();
  let pinch = 0;
  const local = (e: { clientX: number; clientY: number }) => {
    const r = viewport.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };
  viewport.addEventListener('wheel', (event) => {
    // Trackpad pinches arrive as wheel events with Ctrl held; a plain wheel scrolls as usual.
    if (!event.ctrlKey) return;
    event.preventDefault();
    setScale(z, z.scale * Math.exp(-event.deltaY / 200), local(event));
  }, { passive: false });
  viewport.addEventListener('pointerdown', (event) => {
    viewport.setPointerCapture(event.pointerId);
    pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    pinch = spread(pointers);
  });
  viewport.addEventListener('pointermove', (event) => {
    const last = pointers.get(event.pointerId);
    if (!last) return;
    pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (pointers.size === 1) return viewport.scrollBy(last.x - event.clientX, last.y - event.clientY);
    const now = spread(pointers);
    if (pinch > 0 && now > 0) setScale(z, (z.scale * now) / pinch, local(centre(pointers)));
    pinch = now;
  });
  const lift = (event: PointerEvent) => {
    pointers.delete(event.pointerId);
    pinch = spread(pointers);
  };
  viewport.addEventListener('pointerup', lift);
  viewport.addEventListener('pointercancel', lift);
}

function spread(pointers: Map<number, { x: number; y: number }>): number {
  const [a, b] = [...pointers.values()];
  return a && b ? Math.hypot(a.x - b.x, a.y - b.y) : 0;
}

function centre(pointers: Map<number, { x: number; y: number }>): { clientX: number; clientY: number } {
  const all = [...pointers.values()];
  return { clientX: all.reduce((s, p) => s + p.x, 0) / all.length, clientY: all.reduce((s, p) => s + p.y, 0) / all.length };
}
