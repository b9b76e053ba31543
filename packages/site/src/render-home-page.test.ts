import { describe, expect, it } from 'vitest';
import { renderHomePage } from './render-home-page.ts';

describe('renderHomePage', () => {
  it('lists every module and its lessons in order with their excerpts', () => {
    const html = renderHomePage({
      siteTitle: 'Course',
      intro: 'About it',
      nav: [{ name: 'Architecture', slug: 'architecture', lessons: [{ title: 'A', path: 'architecture/a.html', order: 1 }, { title: 'B', path: 'architecture/b.html', order: 2 }] }],
      summaries: { 'architecture/a.html': { excerpt: 'First', duration: '3 min' }, 'architecture/b.html': { excerpt: '', duration: '' } },
    });
    expect(html).toContain('<title>Course</title>');
    expect(html).toContain(
      '<section class="course__module" aria-labelledby="module-architecture"><h2 id="module-architecture">Architecture</h2><ol>' +
        '<li><a href="architecture/a.html">A</a> <span class="course__duration">3 min</span><p>First</p></li>' +
        '<li><a href="architecture/b.html">B</a></li></ol></section>',
    );
    expect(html).toContain('<link rel="stylesheet" href="assets/site.css">');
  });

  it("shows a lesson's cover image on its card", () => {
    const html = renderHomePage({
      siteTitle: 'Course',
      intro: 'About it',
      nav: [{ name: 'Basics', slug: 'basics', lessons: [{ title: 'A', path: 'basics/a.html', order: 1 }] }],
      summaries: { 'basics/a.html': { excerpt: 'First', duration: '', cover: 'basics/media/a/cover.png' } },
    });
    expect(html).toContain('<li><img class="course__cover" src="basics/media/a/cover.png" alt="" loading="lazy"><a href="basics/a.html">A</a><p>First</p></li>');
  });
});
