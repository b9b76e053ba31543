import { describe, expect, it } from 'vitest';
import { markUsed, runsAlongOther, usedLines } from './_lines.js';

const canvas = { w: 1000, h: 1000 };
// Boxes by number, as routing names them: one number per name.
const names = new Map<string, number>();
const box = (name: string) => names.get(name) ?? (names.set(name, names.size), names.size - 1);
const along = (x0: number, x1: number, y = 100) => [{ x: x0, y }, { x: x1, y }];

// A large picture's record files each line in buckets along it; a small one's keeps its stretches
// in two lists. Both must answer alike.
const RECORDS = [
  ['in buckets', () => usedLines(canvas)],
  ['in lists', () => usedLines(canvas, 27)],
] as const;

describe.each(RECORDS)('used lines, %s', (_, record) => {
  it('runsAlongOther finds a path along a stretch of an unrelated edge, not one that only touches or crosses it', () => {
    const used = record();
    markUsed(used, along(0, 300), box('a'), box('b'));
    expect(runsAlongOther(used, along(200, 600), box('c'), box('d'))).toBe(true);
    expect(runsAlongOther(used, along(300, 600), box('c'), box('d'))).toBe(false);
    expect(runsAlongOther(used, [{ x: 150, y: 0 }, { x: 150, y: 200 }], box('c'), box('d'))).toBe(false);
    expect(runsAlongOther(used, along(0, 300, 110), box('c'), box('d'))).toBe(false);
  });
  it('runsAlongOther lets edges from one box or into one box share a line as a bus', () => {
    const used = record();
    markUsed(used, along(0, 900), box('kubelet-1'), box('api'));
    markUsed(used, along(100, 900), box('kubelet-2'), box('api'));
    expect(runsAlongOther(used, along(50, 900), box('kubelet-3'), box('api'))).toBe(false);
    expect(runsAlongOther(used, along(50, 900), box('kubelet-1'), box('etcd'))).toBe(true);
    expect(runsAlongOther(used, along(50, 900), box('kubectl'), box('etcd'))).toBe(true);
  });
  it('markUsed turns a trunk two edges from one box share into a fan only that box may share', () => {
    const used = record();
    markUsed(used, along(0, 800), box('lb'), box('proxy-1'));
    markUsed(used, along(0, 500), box('lb'), box('proxy-2'));
    expect(runsAlongOther(used, along(100, 400), box('lb'), box('proxy-3'))).toBe(false);
    expect(runsAlongOther(used, along(100, 400), box('kubectl'), box('proxy-1'))).toBe(true);
  });
});

describe.each(RECORDS)('used lines %s, many edges on one line', (_, record) => {
  it('runsAlongOther answers the same once a line holds enough stretches to be grouped by box', () => {
    const used = record();
    // Ten kubelets share a trunk into the API server, and the load balancer fans out on the same line.
    for (let k = 0; k < 10; k++) markUsed(used, along(k * 20, 900), box(`kubelet-${k}`), box('api'));
    markUsed(used, along(0, 700), box('lb'), box('proxy-1'));
    markUsed(used, along(0, 600), box('lb'), box('proxy-2'));
    expect(runsAlongOther(used, along(750, 900), box('kubelet-11'), box('api'))).toBe(false);
    expect(runsAlongOther(used, along(50, 900), box('kubelet-11'), box('api'))).toBe(true);
    expect(runsAlongOther(used, along(50, 900), box('kubelet-1'), box('etcd'))).toBe(true);
    expect(runsAlongOther(used, along(100, 400), box('lb'), box('proxy-3'))).toBe(true);
    expect(runsAlongOther(used, along(910, 990), box('kubectl'), box('etcd'))).toBe(false);
  });
  it('markUsed turns a trunk into a fan on a line whose stretches are grouped', () => {
    const used = record();
    for (let k = 0; k < 9; k++) markUsed(used, along(260, 290, 300), box(`other-${k}`), box(`other-${k}`));
    markUsed(used, along(300, 800, 300), box('lb'), box('proxy-1'));
    expect(runsAlongOther(used, along(400, 500, 300), box('kubectl'), box('proxy-1'))).toBe(false);
    markUsed(used, along(300, 600, 300), box('lb'), box('proxy-2'));
    expect(runsAlongOther(used, along(400, 500, 300), box('kubectl'), box('proxy-1'))).toBe(true);
    expect(runsAlongOther(used, along(400, 500, 300), box('lb'), box('proxy-3'))).toBe(false);
  });
});

describe('usedLines', () => {
  it('keeps buckets of 256 pixels on pictures up to 64 of them, and widens them beyond', () => {
    expect(usedLines({ w: 16384, h: 100 }).bucket).toBe(256);
    expect(usedLines({ w: 100, h: 64000 }).bucket).toBe(1000);
    expect(usedLines({ w: 100, h: 64000 }, 65).bucket).toBe(1000);
  });
  it('keeps the stretches of a picture of a few boxes in lists, and of a larger one in buckets', () => {
    expect(usedLines({ w: 366, h: 1617 }, 27).few).toBeDefined();
    expect(usedLines({ w: 100, h: 64000 }, 64).few).toBeDefined();
    expect(usedLines({ w: 100, h: 64000 }, 65).few).toBeUndefined();
    expect(usedLines({ w: 100, h: 64000 }).few).toBeUndefined();
  });
});
