// An SVG past a megabyte: its final string is the one large object the writer makes. Joined, the
// engine maps fresh pages for it every time; on our benchmark machine (a virtual machine, where a
// page fault is dear) a 1.8 MB join took about 450 faults and 10 ms, more than the rest of writing
// a 5,000-element cluster's SVG. Node makes a string this large from a buffer in memory its
// allocator reuses. Below this size, or without Node's Buffer (in a browser), the pieces are joined.
const LARGE = 0x100000;

/** The pieces as one string, the same as `pieces.join('')`, copied through one buffer when large. */
export function joinPieces(pieces: readonly string[]): string {
  const B = globalThis.Buffer;
  let total = 0;
  for (const p of pieces) total += p.length;
  if (B === undefined || total < LARGE) return pieces.join('');
  const buf = B.allocUnsafe(total);
  let at = 0;
  for (const p of pieces) {
    // Latin-1 writes one byte per character, which keeps ASCII exactly: anything else is joined, so
    // every label comes out as given.
    if (B.byteLength(p, 'utf8') !== p.length) return pieces.join('');
    at += buf.write(p, at, 'latin1');
  }
  return buf.toString('latin1', 0, at);
}
