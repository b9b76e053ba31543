import { describe, expect, it } from 'vitest';
import { renderLessonPage, type LessonPageInput } from './render-lesson-page.ts';

const nav = [
  { name: 'Basics', slug: 'basics', lessons: [{ title: 'Intro', path: 'basics/intro.html', order: 1 }] },
  { name: 'Architecture', slug: 'architecture', lessons: [{ title: 'Nodes & pods', path: 'architecture/nodes.html', order: 2 }, { title: 'Etcd', path: 'architecture/etcd.html', order: 3 }] },
];
const input: LessonPageInput = {
  siteTitle: 'Course',
  path: 'architecture/nodes.html',
  title: 'Nodes & pods',
  excerpt: 'What runs where',
  module: 'Architecture',
  duration: '12 min',
  body: '<h2 id="kubelet">The kubelet</h2>',
  toc: [
    { depth: 1, text: 'Nodes', slug: 'nodes' },
    { depth: 2, text: 'The kubelet', slug: 'kubelet' },
    { depth: 3, text: 'Its <API>', slug: 'its-api' },
  ],
  nav,
  previous: nav[0]!.lessons[0]!,
  next: nav[1]!.lessons[1]!,
  deck: 'slides/architecture/nodes.html',
};

describe('renderLessonPage', () => {
  const html = renderLessonPage(input);

  it('links the stylesheet, script and icon relative to the page, with nothing from elsewhere', () => {
    expect(html).toContain('<link rel="stylesheet" href="../assets/site.css">');
    expect(html).toContain('<script defer src="../assets/site.js"></script>');
    expect(html).toContain('<link rel="icon" href="../assets/favicon.svg" type="image/svg+xml">');
    expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
  });

  it('marks the current lesson in the course navigation', () => {
    expect(html).toContain('<a href="nodes.html" aria-current="page">Nodes &amp; pods</a>');
    expect(html).toContain('<a href="../basics/intro.html">Intro</a>');
  });

  it('lists the second- and third-level headings in the table of contents', () => {
    expect(html).toContain('<li class="toc__depth-2"><a href="#kubelet">The kubelet</a></li><li class="toc__depth-3"><a href="#its-api">Its &lt;API&gt;</a></li>');
    expect(html).not.toContain('href="#nodes"');
  });

  it('links the previous and next lessons and the deck', () => {
    expect(html).toContain('<a class="pager__prev" rel="prev" href="../basics/intro.html">');
    expect(html).toContain('<a class="pager__next" rel="next" href="etcd.html">');
    expect(html).toContain('<a class="lesson__deck" href="../slides/architecture/nodes.html">Open the slides</a>');
    expect(html).toContain('<p class="lesson__meta"><span>12 min</span> · ');
  });

  it('titles the page after the lesson and the site', () => {
    expect(html).toContain('<title>Nodes &amp; pods · Course</title>');
    expect(html).toContain('<h1>Nodes &amp; pods</h1>');
  });

  it('shows no cover and no video when the lesson has none', () => {
    expect(html).not.toContain('lesson__cover');
    expect(html).not.toContain('lesson__video');
  });

  it('shows the cover image and a link to the video that loads nothing from the video site before a click', () => {
    const page = renderLessonPage({ ...input, cover: 'architecture/media/nodes/cover.png', video: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' });
    expect(page).toContain('<img class="lesson__cover" src="media/nodes/cover.png" alt="">');
    expect(page).toContain(
      '<a class="lesson__video" href="https://www.youtube.com/watch?v=dQw4w9WgXcQ" target="_blank" rel="noopener noreferrer">Watch the video<span class="kg-visually-hidden"> (opens www.youtube.com in a new tab)</span></a>',
    );
    // Only the link's href names another site: no iframe, no picture, no script from it.
    expect(page).not.toMatch(/<(?:iframe|img|script|link)\b[^>]*(?:src|href)="https?:/);
  });
});
