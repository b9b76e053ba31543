/** A binary min-heap of search states by cost, ties broken by insertion order so results never depend on the heap's shape. */
export class Heap {
  private items: { f: number; seq: number; s: number }[] = [];
  private seq = 0;
  /** How many states wait. */
  get size(): number {
    return this.items.length;
  }
  /** Adds state `s` at cost `f`. */
  push(f: number, s: number): void {
    const a = this.items;
    a.push({ f, seq: this.seq++, s });
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!less(a[i]!, a[p]!)) break;
      [a[i], a[p]] = [a[p]!, a[i]!];
      i = p;
    }
  }
  /** Removes and returns the cheapest state, the earliest pushed among equals. */
  pop(): number {
    const a = this.items;
    const top = a[0]!;
    const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && less(a[l]!, a[m]!)) m = l;
        if (r < a.length && less(a[r]!, a[m]!)) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m]!, a[i]!];
        i = m;
      }
    }
    return top.s;
  }
}

const less = (x: { f: number; seq: number }, y: { f: number; seq: number }) => x.f < y.f || (x.f === y.f && x.seq < y.seq);
