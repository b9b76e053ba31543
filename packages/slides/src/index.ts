export { buildDecks } from './build-decks.js';
export type { BuildDecksOptions, BuildDecksReport, BuiltDeck } from './build-decks.js';
export { BuildError } from './build-error.js';
export { ChromiumNotFoundError } from './chromium-not-found-error.js';
export { createMarp } from './create-marp.js';
export type { CreateMarpOptions } from './create-marp.js';
export { DeckError } from './deck-error.js';
export { deckToHtml } from './deck-to-html.js';
export type { DeckToHtmlOptions } from './deck-to-html.js';
export { decksToPdf } from './decks-to-pdf.js';
export type { DecksToPdfOptions, PdfJob } from './decks-to-pdf.js';
export { lessonToDeck } from './lesson-to-deck.js';
export type { LessonToDeckOptions } from './lesson-to-deck.js';
// The key lessonToDeck looks models up by; defined once in @kubegram/content.
export { modelKey } from '@kubegram/content';
export { diagramPlugin } from './plugins/diagram/diagram-plugin.js';
export { renderDeckIndex } from './render-deck-index.js';
export type { DeckIndexLesson, DeckIndexModule } from './render-deck-index.js';
export { THEME_NAME, themeCss } from './theme/theme-css.js';
