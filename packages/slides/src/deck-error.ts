import { formatProblem } from '@kubegram/content';

/** A lesson that cannot become a deck: the file, the line, what is wrong and what was expected. */
export class DeckError extends Error {
  override readonly name = 'DeckError';
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly path: string,
    readonly detail: string,
  ) {
    super(formatProblem({ file, ...(line === undefined ? {} : { line }), path, message: detail }));
  }
}
