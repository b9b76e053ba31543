import { escapeHtml } from '@kubegram/content';
import { lightTheme } from '@kubegram/diagram';

/** One deck on the index page. */
export interface DeckIndexLesson {
  title: string;
  excerpt: string;
  duration: string;
  order: number;
  /** Path of the HTML deck, relative to the index. */
  html: string;
  /** Path of the PDF, relative to the index; absent when no PDF was made. */
  pdf?: string;
}

/** A module on the index page, with its decks in order. */
export interface DeckIndexModule {
  name: string;
  slug: string;
  lessons: DeckIndexLesson[];
}

/** The decks' index page: every module, and its lessons in `order`, with links to the HTML and PDF. */
export function renderDeckIndex(course: string, modules: readonly DeckIndexModule[]): string {
  const t = lightTheme;
  const items = modules
    .map((m) => {
      const lessons = [...m.lessons]
        .sort((a, b) => a.order - b.order)
        .map((l) => {
          const meta = l.duration === '' ? '' : ` <span class="duration">${escapeHtml(l.duration)}</span>`;
          const pdf = l.pdf === undefined ? '' : ` <a class="pdf" href="${escapeHtml(l.pdf)}">PDF</a>`;
          return `      <li><a href="${escapeHtml(l.html)}">${escapeHtml(l.title)}</a>${meta}${pdf}<br><span class="excerpt">${escapeHtml(l.excerpt)}</span></li>`;
        })
        .join('\n');
      return `  <section id="${escapeHtml(m.slug)}">\n    <h2>${escapeHtml(m.name)}</h2>\n    <ol>\n${lessons}\n    </ol>\n  </section>`;
    })
    .join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(course)}: slide decks</title>
<style>
  body { margin: 0 auto; max-width: 52rem; padding: 2rem 1.5rem; font-family: ${t.fontFamily}; color: ${t.text}; background: ${t.background}; line-height: 1.5; }
  h1 { color: ${t.kinds.apiserver.fill}; }
  h2 { border-bottom: 1px solid ${t.kinds.cluster.stroke}; padding-bottom: .25rem; }
  li { margin: .6rem 0; }
  a { color: ${t.kinds.apiserver.stroke}; font-weight: bold; }
  a.pdf { font-weight: normal; font-size: .85em; margin-left: .5rem; }
  .duration, .excerpt { color: ${t.mutedText}; }
  .duration { font-size: .85em; margin-left: .5rem; }
  p.keys { color: ${t.mutedText}; font-size: .9em; }
</style>
</head>
<body>
<h1>${escapeHtml(course)}: slide decks</h1>
<p class="keys">In a deck: arrow keys or space to move, <kbd>f</kbd> for full screen, <kbd>p</kbd> for the presenter view with the notes.</p>
${items}
</body>
</html>
`;
}
