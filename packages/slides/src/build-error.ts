/** The course could not be built: every problem, each naming its file. */
export class BuildError extends Error {
  override readonly name = 'BuildError';
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`${problems.length} problem${problems.length === 1 ? '' : 's'} in the course:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.problems = problems;
  }
}
