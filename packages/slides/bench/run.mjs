// Builds every deck of content/ to HTML in-process, several rounds, and prints the median per lesson:
// the whole path (lessonToDeck, then marp-cli's bespoke HTML through our engine) and its parts.
import { fileURLToPath } from 'node:url';
import { loadCourse, loadModel } from '@kubegram/content/fs';
import { createMarp, deckToHtml, lessonToDeck, modelKey } from '@kubegram/slides';

const ROUNDS = Number(process.env.KUBEGRAM_BENCH_ROUNDS ?? 7);
const TARGET_MS = 100;
const contentDir = fileURLToPath(new URL('../../../content/', import.meta.url));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

const course = await loadCourse(contentDir);
if (course.errors.length > 0) throw new Error(course.errors.map((e) => `${e.file}: ${e.path}: ${e.message}`).join('\n'));
const lessons = [];
for (const lesson of course.lessons) {
  const models = new Map();
  for (const ref of lesson.diagrams) {
    const result = await loadModel(ref, { cache: true });
    if (!result.ok) throw new Error(`${lesson.file}: ${result.errors.map((e) => e.message).join('; ')}`);
    models.set(modelKey(ref.model), result.cluster);
  }
  lessons.push({ lesson, models });
}

// marp-cli logs a line per conversion; keep the figures readable.
const warn = console.warn;
console.warn = () => {};
const total = [];
const deckMs = [];
const htmlMs = [];
const marpMs = [];
try {
  for (let round = 0; round <= ROUNDS; round++) {
    for (const { lesson, models } of lessons) {
      const t0 = performance.now();
      const deck = lessonToDeck(lesson, models);
      const t1 = performance.now();
      await deckToHtml(deck);
      const t2 = performance.now();
      createMarp().render(deck);
      const t3 = performance.now();
      // The first round warms up module loading and the JIT; it is not counted.
      if (round === 0) continue;
      deckMs.push(t1 - t0);
      htmlMs.push(t2 - t1);
      total.push(t2 - t0);
      marpMs.push(t3 - t2);
    }
  }
} finally {
  console.warn = warn;
}

const ms = (x) => `${x.toFixed(1)} ms`;
console.log(`slides bench: ${lessons.length} lessons of content/, ${ROUNDS} rounds, Node ${process.versions.node}`);
console.log(`  lesson to HTML deck, median per lesson: ${ms(median(total))} (target under ${TARGET_MS} ms)`);
console.log(`    lessonToDeck (diagrams drawn):       ${ms(median(deckMs))}`);
console.log(`    marp-cli bespoke HTML:                ${ms(median(htmlMs))}`);
console.log(`  marp-core render alone, for reference:  ${ms(median(marpMs))}`);
