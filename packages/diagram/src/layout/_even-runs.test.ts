import { describe, expect, it } from 'vitest';
import { evenRuns } from './_even-runs.js';

describe('evenRuns', () => {
  it('evenRuns splits steps into consecutive runs as even as they divide, the longer runs first', () => {
    expect(evenRuns(14, 3)).toEqual([{ from: 1, to: 5 }, { from: 6, to: 10 }, { from: 11, to: 14 }]);
    expect(evenRuns(4, 1)).toEqual([{ from: 1, to: 4 }]);
    expect(evenRuns(3, 3)).toEqual([{ from: 1, to: 1 }, { from: 2, to: 2 }, { from: 3, to: 3 }]);
  });
});
