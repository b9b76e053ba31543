import { describe, expect, it } from 'vitest';
import { markUsed, runsAlongOther, usedLines } from './_lines.js';

const canvas = { w: 1000, h: 1000 };
const along = (x0: number, x1: number, y = 100) => [{ x: x0, y }, { x: x1, y }];

describe('used lines', () => {
  it('runsAlongOther finds a path along a stretch of an unrelated edge, not one that only touches or crosses it', () => {
    const used = usedLines(canvas);
    markUsed(used, along(0, 300), 'a', 'b');
    expect(runsAlongOther(used, along(200, 600), 'c', 'd')).toBe(true);
    expect(runsAlongOther(used, along(300, 600), 'c', 'd')).toBe(false);
    expect(runsAlongOther(used, [{ x: 150, y: 0 }, { x: 150, y: 200 }], 'c', 'd')).toBe(false);
    expect(runsAlongOther(used, along(0, 300, 110), 'c', 'd')).toBe(false);
  });
  it('runsAlongOther lets edges from one box or into one box share a line as a bus', () => {
    const used = usedLines(canvas);
    markUsed(used, along(0, 900), 'kubelet-1', 'api');
    markUsed(used, along(100, 900), 'kubelet-2', 'api');
    expect(runsAlongOther(used, along(50, 900), 'kubelet-3', 'api')).toBe(false);
    expect(runsAlongOther(used, along(50, 900), 'kubelet-1', 'etcd')).toBe(true);
    expect(runsAlongOther(used, along(50, 900), 'kubectl', 'etcd')).toBe(true);
  });
  it('markUsed turns a trunk two edges from one box share into a fan only that box may share', () => {
    const used = usedLines(canvas);
    markUsed(used, along(0, 800), 'lb', 'proxy-1');
    markUsed(used, along(0, 500), 'lb', 'proxy-2');
    expect(runsAlongOther(used, along(100, 400), 'lb', 'proxy-3')).toBe(false);
    expect(runsAlongOther(used, along(100, 400), 'kubectl', 'proxy-1')).toBe(true);
  });
  it('usedLines keeps buckets of 256 pixels on pictures up to 64 of them, and widens them beyond', () => {
    expect(usedLines({ w: 16384, h: 100 }).bucket).toBe(256);
    expect(usedLines({ w: 100, h: 64000 }).bucket).toBe(1000);
  });
});

describe('used lines, many edges on one line', () => {
  it('runsAlongOther answers the same once a line holds enough stretches to be grouped by box', () => {
    const used = usedLines(canvas);
    // Ten kubelets share a trunk into the API server, and the load balancer fans out on the same line.
    for (let k = 0; k < 10; k++) markUsed(used, along(k * 20, 900), `kubelet-${k}`, 'api');
    markUsed(used, along(0, 700), 'lb', 'proxy-1');
    markUsed(used, along(0, 600), 'lb', 'proxy-2');
    expect(runsAlongOther(used, along(750, 900), 'kubelet-11', 'api')).toBe(false);
    expect(runsAlongOther(used, along(50, 900), 'kubelet-11', 'api')).toBe(true);
    expect(runsAlongOther(used, along(50, 900), 'kubelet-1', 'etcd')).toBe(true);
    expect(runsAlongOther(used, along(100, 400), 'lb', 'proxy-3')).toBe(true);
    expect(runsAlongOther(used, along(910, 990), 'kubectl', 'etcd')).toBe(false);
  });
  it('markUsed turns a trunk into a fan on a line whose stretches are grouped', () => {
    const used = usedLines(canvas);
    for (let k = 0; k < 9; k++) markUsed(used, along(260, 290, 300), `other-${k}`, `other-${k}`);
    markUsed(used, along(300, 800, 300), 'lb', 'proxy-1');
    expect(runsAlongOther(used, along(400, 500, 300), 'kubectl', 'proxy-1')).toBe(false);
    markUsed(used, along(300, 600, 300), 'lb', 'proxy-2');
    expect(runsAlongOther(used, along(400, 500, 300), 'kubectl', 'proxy-1')).toBe(true);
    expect(runsAlongOther(used, along(400, 500, 300), 'lb', 'proxy-3')).toBe(false);
  });
});
