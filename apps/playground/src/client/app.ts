// The playground's script: keeps the picture in step with the model text and the controls, and
// holds both in the URL's fragment. The editor itself loads afterwards, in a chunk of its own.
import { presets } from '@kubegram/model';
import { addZoom, enhanceDiagram } from '@kubegram/site/client';
import { showNotes as showNotesIn } from './_notes-view.ts';
import { showProblems, type ShownProblem } from './_problems-view.ts';
import { decodeState } from './decode-state.ts';
import type { ModelEditor } from './editor.ts';
import { encodeState } from './encode-state.ts';
import { importText } from './import-text.ts';
import { isKubernetesText } from './is-kubernetes-text.ts';
import { mermaidOfDrawn } from './mermaid-of-drawn.ts';
import { modelText } from './model-text.ts';
import { createPictureClient } from './picture-client.ts';
import { saveFile } from './save-file.ts';
import { showSvg } from './show-svg.ts';
import { svgToPng } from './svg-to-png.ts';
import { DEFAULT_SETTINGS, type PictureElement, type PictureReply, type Settings } from './types.ts';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const ui = {
  editorBox: $('pg-editor'),
  textarea: $<HTMLTextAreaElement>('pg-text'),
  problems: $('pg-problems'),
  notes: $('pg-notes'),
  figure: $('pg-figure'),
  svg: $('pg-svg'),
  caption: $('pg-caption'),
  message: $('pg-message'),
  preset: $<HTMLSelectElement>('pg-preset'),
  highlight: $<HTMLSelectElement>('pg-highlight'),
  file: $<HTMLInputElement>('pg-file'),
};
const CONTROLS: Record<Exclude<keyof Settings, 'highlight'>, HTMLSelectElement> = {
  view: $('pg-view'),
  theme: $('pg-theme'),
  fit: $('pg-fit'),
  detail: $('pg-detail'),
};
const dark = matchMedia('(prefers-color-scheme: dark)');

let settings: Settings = { ...DEFAULT_SETTINGS };
let text = '';
let editor: ModelEditor | undefined;
// The last picture shown and the text it was drawn from: only the latest request is answered, so
// the text is the page's own at the time the answer is shown.
let good: { text: string; clusterId: string; svg: string; markup: string } | undefined;
let shownIds = '';
let shownProblems = 0;

const showNotes = (title: string, lines: readonly string[]) => showNotesIn(ui.notes, title, lines);
const say = (message: string) => {
  ui.message.textContent = message;
};
const goTo = (line: number, column: number) => {
  if (editor) return editor.goTo(line, column);
  const lines = ui.textarea.value.split('\n');
  const offset = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
  ui.textarea.focus();
  ui.textarea.setSelectionRange(offset, offset);
};

const picture = createPictureClient(showReply);

/** Asks for the picture of the text and settings; it is drawn off the page's thread and shown when it comes. */
function redraw(): void {
  picture.request({ text, settings, prefersDark: dark.matches });
  saveSoon();
}

/** Shows a drawing: the new picture, or the problems, keeping the last good picture up, dimmed. */
function showReply(reply: PictureReply, sentAt: number): void {
  const start = performance.now();
  const problems: ShownProblem[] = reply.ok ? reply.warnings : [...reply.problems, ...reply.warnings];
  if (reply.ok) showPicture(reply);
  const shown = performance.now();
  ui.figure.toggleAttribute('data-stale', !reply.ok);
  const heading = reply.ok
    ? `${problems.length} warning${problems.length === 1 ? '' : 's'}:`
    : `The model has ${reply.problems.length} problem${reply.problems.length === 1 ? '' : 's'}; ${good ? 'the picture shows the last model that worked' : 'there is no picture yet'}:`;
  // Most keystrokes leave a model with no problems, as before: then the editor is left undisturbed.
  if (problems.length > 0 || shownProblems > 0) {
    showProblems(ui.problems, heading, problems, goTo);
    editor?.showProblems(problems);
  }
  shownProblems = problems.length;
  const end = performance.now();
  // The worker's stages by their length, placed where they fell between the request and the answer.
  const { parse, validate, draw, prepare } = reply.times;
  performance.measure('kg:parse', { start: sentAt, duration: parse });
  performance.measure('kg:validate', { start: sentAt + parse, duration: validate });
  performance.measure('kg:draw', { start: sentAt + parse + validate, duration: draw });
  performance.measure('kg:prepare', { start: sentAt + parse + validate + draw, duration: prepare });
  performance.measure('kg:answer', { start: sentAt, end: start });
  performance.measure('kg:show', { start, end: shown });
  performance.measure('kg:problems', { start: shown, end });
  performance.measure('kg:redraw', { start: sentAt, end });
}

function showPicture(reply: Extract<PictureReply, { ok: true }>): void {
  const focused = document.activeElement instanceof Element && ui.svg.contains(document.activeElement) ? document.activeElement.closest<SVGGElement>('g[data-id]')?.dataset.id : undefined;
  if (reply.markup !== good?.markup) showSvg(ui.svg, reply.markup, good?.markup);
  ui.caption.textContent = reply.caption;
  good = { text, clusterId: reply.clusterId, svg: reply.svg, markup: reply.markup };
  if (focused && !ui.svg.contains(document.activeElement)) ui.svg.querySelector<SVGGElement>(`g[data-id="${CSS.escape(focused)}"]`)?.focus();
  showElements(reply.elements);
}

// The highlight control lists the model's elements; rebuilt only when they change.
function showElements(elements: readonly PictureElement[]): void {
  const ids = elements.map((e) => e.id).join('\n');
  if (ids !== shownIds) {
    shownIds = ids;
    const none = new Option('Nothing', '');
    ui.highlight.replaceChildren(none, ...elements.map((e) => new Option(`${e.label} (${e.kind})`, e.id)));
  }
  ui.highlight.value = elements.some((e) => e.id === settings.highlight) ? settings.highlight : '';
}

let saveTimer: ReturnType<typeof setTimeout> | undefined;
// The fragment follows the text after a pause, so a reload or a bookmark keeps the work.
function saveSoon(): void {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(() => {
    encodeState({ model: text, settings }).then(
      (fragment) => history.replaceState(null, '', `#${fragment}`),
      () => say('Could not keep the model in the address: this browser cannot compress it.'),
    );
  }, 400);
}

function setText(next: string): void {
  if (editor) editor.replace(next);
  else {
    ui.textarea.value = next;
    text = next;
    redraw();
  }
}

function applySettings(next: Settings): void {
  settings = next;
  for (const [key, select] of Object.entries(CONTROLS)) select.value = settings[key as keyof typeof CONTROLS];
  if ([...ui.highlight.options].some((o) => o.value === settings.highlight)) ui.highlight.value = settings.highlight;
  redraw();
}

/** Takes pasted or dropped text as an import when it is kubectl output (or always, for a file). */
function onImport(input: string, source: string, always = false): boolean {
  if (!isKubernetesText(input)) {
    if (!always) return false;
    setText(input);
    showNotes(`Opened ${source}.`, []);
    return true;
  }
  const result = importText(input, source);
  if (!result.ok) {
    showNotes(`Could not import ${source}:`, result.problems.map((p) => `${p.line === undefined ? '' : `line ${p.line}${p.column === undefined ? '' : `, column ${p.column}`}: `}${p.path ? `${p.path}: ` : ''}${p.message}`));
    return true;
  }
  setText(modelText(result.spec, `A model of a real cluster, imported from ${source} in the playground.`));
  const nodes = result.spec.nodes?.length ?? 0;
  const pods = result.spec.nodes?.reduce((n, node) => n + (node.pods?.length ?? 0), 0) ?? 0;
  showNotes(`Imported ${nodes} node${nodes === 1 ? '' : 's'} and ${pods} pod${pods === 1 ? '' : 's'} from ${source}.`, result.notes.map((n) => `note: ${n}`));
  return true;
}

async function copy(what: string, value: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(value);
    say(`${what} copied to the clipboard.`);
  } catch {
    say(`Could not copy the ${what.toLowerCase()}: the browser refused the clipboard. Use the download button instead.`);
  }
}

const ACTIONS: Record<string, () => Promise<void> | void> = {
  'copy-link': async () => {
    const fragment = await encodeState({ model: text, settings });
    history.replaceState(null, '', `#${fragment}`);
    await copy('Link', location.href);
  },
  'copy-svg': () => withPicture((g) => copy('SVG', g.svg)),
  'copy-mermaid': () => withPicture(async (g) => copy('Mermaid text', await mermaidOfDrawn(g.text, settings, dark.matches))),
  'download-svg': () => withPicture((g) => saveFile(`${g.clusterId}-${settings.view}.svg`, new Blob([g.svg], { type: 'image/svg+xml' }))),
  'download-png': () => withPicture(async (g) => saveFile(`${g.clusterId}-${settings.view}.png`, await svgToPng(g.svg))),
  'download-model': () => saveFile(`${good?.clusterId ?? 'model'}.yaml`, new Blob([text], { type: 'text/yaml' })),
};

async function withPicture(act: (g: NonNullable<typeof good>) => Promise<void> | void): Promise<void> {
  if (!good) return say('There is no picture yet: fix the problems listed under the model first.');
  // Shown where the user is looking, never thrown to the console.
  await Promise.resolve(act(good)).catch((error: unknown) => say(error instanceof Error ? error.message : String(error)));
}

function toggleHighlight(id: string | undefined): void {
  applySettings({ ...settings, highlight: id === undefined || id === settings.highlight ? '' : id });
}

function wire(): void {
  for (const [key, select] of Object.entries(CONTROLS)) {
    select.addEventListener('change', () => applySettings({ ...settings, [key]: select.value }));
  }
  ui.highlight.addEventListener('change', () => applySettings({ ...settings, highlight: ui.highlight.value }));
  dark.addEventListener('change', () => settings.theme === 'auto' && redraw());
  $('pg-load-preset').addEventListener('click', () => {
    const name = ui.preset.value as keyof typeof presets;
    setText(modelText(presets[name], `The "${name}" preset: change anything and the picture follows.`));
    say(`Loaded the ${name} preset.`);
  });
  ui.file.addEventListener('change', () => {
    const file = ui.file.files?.[0];
    if (!file) return;
    file.text().then((t) => onImport(t, file.name, true), () => showNotes(`Could not read ${file.name}.`, []));
    ui.file.value = '';
  });
  $('pg-actions').addEventListener('click', (event) => {
    const action = (event.target as Element).closest<HTMLElement>('[data-action]')?.dataset.action;
    const run = action === undefined ? undefined : ACTIONS[action];
    if (!run) return;
    Promise.resolve()
      .then(run)
      .catch((error: unknown) => say(`Could not ${action!.replace('-', ' ')}: ${error instanceof Error ? error.message : String(error)}`));
  });
  const componentOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<SVGGElement>('g[data-id]:not([data-edge])') : null);
  ui.figure.addEventListener('click', (event) => {
    if (!(event.target instanceof Element) || !event.target.closest('.kg-diagram__canvas')) return;
    toggleHighlight(componentOf(event.target)?.dataset.id);
  });
  ui.figure.addEventListener('keydown', (event) => {
    const component = componentOf(event.target);
    if (event.key === 'Escape' && settings.highlight) toggleHighlight(undefined);
    else if (component && (event.key === 'Enter' || event.key === ' ')) toggleHighlight(component.dataset.id);
  });
  ui.textarea.addEventListener('input', () => {
    text = ui.textarea.value;
    redraw();
  });
  ui.textarea.addEventListener('paste', (event) => {
    if (onImport(event.clipboardData?.getData('text/plain') ?? '', 'pasted text')) event.preventDefault();
  });
  addEventListener('hashchange', () => void restore());
  // A last guard: whatever slips past the checks above is said on the page, not thrown at the console.
  addEventListener('unhandledrejection', (event) => {
    event.preventDefault();
    say(`Something went wrong: ${event.reason instanceof Error ? event.reason.message : String(event.reason)}`);
  });
}

async function restore(): Promise<void> {
  if (location.hash.length > 1) {
    const decoded = await decodeState(location.hash);
    if (decoded.ok) {
      setText(decoded.state.model);
      applySettings(decoded.state.settings);
      if (decoded.notes.length > 0) showNotes('Some of the link’s settings were not understood:', decoded.notes);
      return;
    }
    showNotes(`Could not open the shared model: ${decoded.message}. Showing the course preset instead.`, []);
  }
  setText(modelText(presets.course, 'The course’s cluster: change anything and the picture follows.'));
  applySettings(settings);
}

async function loadEditor(): Promise<void> {
  try {
    const { createEditor } = await import('./editor.ts');
    const textarea = ui.textarea;
    editor = createEditor(ui.editorBox, {
      text: textarea.value,
      label: 'Cluster model in YAML',
      describedBy: 'pg-problems',
      onChange: (next) => {
        text = next;
        redraw();
      },
      onImport: (input, source) => onImport(input, source, source !== 'pasted text'),
    });
    const hadFocus = document.activeElement === textarea;
    textarea.remove();
    ui.editorBox.dataset.editor = 'ready';
    redraw();
    if (hadFocus) editor.focus();
  } catch (error) {
    say(`The editor did not load (${error instanceof Error ? error.message : String(error)}); the plain text box still works.`);
  }
}

wire();
enhanceDiagram(ui.figure);
addZoom(ui.figure);
await restore();
await loadEditor();
