import { VIEW_NAMES, presets, views } from '@kubegram/model';
import { DETAIL_CHOICES, FIT_CHOICES, THEME_CHOICES } from './client/types.ts';

/** What the playground page links to, relative to the page. */
export interface PageInput {
  siteTitle: string;
  /** The course's front page. */
  home: string;
  /** The site's stylesheet, which styles the header and the diagram figure as on the course pages. */
  siteCss: string;
  /** The site's icon. */
  favicon: string;
  /** The playground's own stylesheet and script. */
  css: string;
  script: string;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const options = (values: readonly string[], label: (v: string) => string = (v) => v) => values.map((v) => `<option value="${escape(v)}">${escape(label(v))}</option>`).join('');

const LABELS: Record<string, string> = { auto: 'Auto', light: 'Light', dark: 'Dark', '16:9': '16:9', '4:3': '4:3', collapsed: 'A few pods per node', 'every-pod': 'Every pod' };
const FIT_LABELS: Record<string, string> = { auto: 'Natural', '16:9': '16:9', '4:3': '4:3' };

/**
 * The playground's page: the model editor (a plain text area until the editor loads) with its
 * problems, the picture with its controls, and the share, copy and download buttons. No inline
 * script, so it runs under the site's content security policy.
 */
export function renderPage(input: PageInput): string {
  const control = (id: string, label: string, body: string) => `<label class="pg-control" for="${id}"><span>${label}</span><select id="${id}" name="${id.replace('pg-', '')}">${body}</select></label>`;
  return `<!doctype html>
<html lang="en">
${renderHead(input)}
<body>
<a class="skip-link" href="#main">Skip to the playground</a>
<header class="site-header"><a class="site-header__brand" href="${escape(input.home)}">${escape(input.siteTitle)}</a><span class="site-header__link" aria-current="page">Playground</span></header>
<main id="main" class="pg" tabindex="-1">
<h1 class="pg__title">Playground</h1>
<p class="pg__intro">Write a cluster model in YAML and the diagram redraws as you type. Paste or drop <code>kubectl get nodes,pods -A -o json</code> output, or a manifest, onto the editor to import it. Nothing leaves this page: a shared link holds the model in its fragment.</p>
<div class="pg__panes">
${renderSourcePane()}
<section class="pg__picture" aria-labelledby="pg-picture-title">
<h2 class="pg__heading" id="pg-picture-title">Diagram</h2>
<div class="pg__bar" id="pg-controls">
${control('pg-view', 'View', options(VIEW_NAMES, (v) => views[v as keyof typeof views].title))}
${control('pg-theme', 'Theme', options(THEME_CHOICES, (v) => LABELS[v] ?? v))}
${control('pg-highlight', 'Highlight', '<option value="">Nothing</option>')}
${control('pg-fit', 'Fit', options(FIT_CHOICES, (v) => FIT_LABELS[v] ?? v))}
${control('pg-detail', 'Detail', options(DETAIL_CHOICES, (v) => LABELS[v] ?? v))}
</div>
<figure class="kg-diagram pg__figure" id="pg-figure" data-kg-diagram>
<div class="kg-diagram__canvas"><div id="pg-svg"></div><div class="kg-tooltip" role="tooltip" id="pg-figure-tooltip" hidden></div></div>
<figcaption><span class="kg-diagram__caption" id="pg-caption">Diagram</span></figcaption>
<p class="kg-visually-hidden" aria-live="polite" data-kg-status></p>
</figure>
<div class="pg__bar" id="pg-actions">
<button type="button" data-action="copy-link">Copy link</button>
<button type="button" data-action="copy-svg">Copy SVG</button>
<button type="button" data-action="copy-mermaid">Copy Mermaid</button>
<button type="button" data-action="download-svg">Download SVG</button>
<button type="button" data-action="download-png">Download PNG</button>
<button type="button" data-action="download-model">Download model</button>
</div>
<p class="pg__message" id="pg-message" role="status" aria-live="polite"></p>
</section>
</div>
</main>
</body>
</html>
`;
}

// The document head: the site's stylesheet and icon, the page's own stylesheet and its one module script.
function renderHead(input: PageInput): string {
  return `<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>Playground · ${escape(input.siteTitle)}</title>
<meta name="description" content="Write a Kubernetes cluster model in YAML and watch its diagram redraw as you type.">
<link rel="icon" href="${escape(input.favicon)}" type="image/svg+xml">
<link rel="stylesheet" href="${escape(input.siteCss)}">
<link rel="stylesheet" href="${escape(input.css)}">
<script type="module" src="${escape(input.script)}"></script>
</head>`;
}

// The model pane: preset and file pickers, the editor (a text area until the editor loads), its problems and notes.
function renderSourcePane(): string {
  return `<section class="pg__source" aria-labelledby="pg-source-title">
<h2 class="pg__heading" id="pg-source-title">Model</h2>
<div class="pg__bar">
<label class="pg-control" for="pg-preset"><span>Start from</span><select id="pg-preset">${options(Object.keys(presets))}</select></label>
<button type="button" id="pg-load-preset">Load preset</button>
<label class="pg-file"><span>Import a file…</span><input type="file" id="pg-file" accept=".json,.yaml,.yml,.txt,application/json,text/yaml,text/plain"></label>
</div>
<div class="pg__editor" id="pg-editor" data-editor="plain"><textarea id="pg-text" spellcheck="false" aria-label="Cluster model in YAML" aria-describedby="pg-problems"></textarea></div>
<div class="pg__problems" id="pg-problems" role="status" aria-live="polite"></div>
<div class="pg__notes" id="pg-notes" hidden></div>
</section>`;
}
