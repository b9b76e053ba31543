/** Counts things by group and remembers the first few names of each, for notes. */
export class Tally {
  readonly #groups = new Map<string, { count: number; names: string[] }>();

  add(group: string, name: string): void {
    const g = this.#groups.get(group) ?? { count: 0, names: [] };
    g.count += 1;
    if (g.names.length < 3) g.names.push(name);
    this.#groups.set(group, g);
  }

  get size(): number {
    return this.#groups.size;
  }

  count(group: string): number {
    return this.#groups.get(group)?.count ?? 0;
  }

  /** "3 Service (default/kubernetes, shop/web, shop/db), 1 Ingress (shop/web)", largest first. */
  describe(): string {
    return [...this.#groups]
      .sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1))
      .map(([group, g]) => `${g.count} ${group} (${g.names.join(', ')}${g.count > g.names.length ? ', …' : ''})`)
      .join(', ');
  }
}
