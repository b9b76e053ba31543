// An SVG past a megabyte: its final string is the one large object the writer makes. Joined, the
// engine maps fresh pages for it every time; on our benchmark machine (a virtual machine, where a
// page fault is dear) a 1.8 MB join took about 450 faults and 10 ms, more than the rest of writing
// a 5,000-element cluster's SVG. Node makes a string this large from a buffer in memory its
// allocator reuses. Below this size, or without Node's Buffer (in a browser), the pieces are joined.
const LARGE = 0x100000;

// Characters past U+00FF: Latin-1 writes one byte per character, which keeps every character up to
// U+00FF exactly; a piece holding anything else is joined as a string. The engine answers this for
// a one-byte string without reading it, where counting its UTF-8 bytes read every character.
const WIDE = /[^\u0000-\u00ff]/;

// The first character of the text last made flat. Reading a character of a concatenated string
// makes the engine copy it flat; kept here, the read has an effect an optimising compiler keeps.
const lastRead = { first: 0 };

/**
 * The pieces as one flat string, the same as `pieces.join('')`. Pieces written with templates are
 * trees of their parts until read: `join` walks each tree apart, where concatenating them makes one
 * tree the engine copies flat in one pass when a character is read, which measured two to three
 * times faster. Reading it here gives the caller flat text, as `join` did, and counts its cost here.
 */
export function concat(pieces: readonly string[]): string {
  let text = '';
  for (const p of pieces) text += p;
  return flat(text);
}

/**
 * The text, made flat: for markup kept and written again in every picture, so each picture copies
 * it in one piece instead of walking the parts it was built from.
 */
export function flat(text: string): string {
  lastRead.first = text.charCodeAt(0);
  return text;
}

/** The pieces as one string, the same as `pieces.join('')`, copied through one buffer when large. */
export function joinPieces(pieces: readonly string[]): string {
  const B = globalThis.Buffer;
  let total = 0;
  for (const p of pieces) total += p.length;
  if (B === undefined || total < LARGE) return concat(pieces);
  const buf = B.allocUnsafe(total);
  let at = 0;
  for (const p of pieces) {
    if (WIDE.test(p)) return pieces.join('');
    at += buf.write(p, at, 'latin1');
  }
  return buf.toString('latin1', 0, at);
}

// Settled chunks are kept as strings up to this size; past it, under Node, each is copied into one
// buffer as it comes and dies young, instead of hundreds of kilobytes of chunks surviving
// collection after collection until the end.
const STREAM = 0x40000;
// Room kept before the body for the SVG's head (root, description, symbols, style), which is
// known only at the end: it is written just before the body, so the text is never moved.
const HEAD_ROOM = 0x10000;
// The buffer is kept for the next picture while the collector leaves it: a fresh one costs a page
// fault per 4 KB page written, on our benchmark machine more than the copy itself. Held weakly, it
// is memory the collector takes back whenever it finds it unused, not memory held for good.
let spare: WeakRef<Buffer> | undefined;

/** Where an SVG's settled chunks go as they are written, and how its head, chunks and tail become one string. */
export interface ChunkSink {
  /** Takes the next chunk of the body. */
  add(chunk: string): void;
  /** The whole text: `head`, then the chunks in order, then `tail`. */
  join(head: readonly string[], tail: readonly string[]): string;
}

// The text copied so far: in `buf` from HEAD_ROOM to `at`.
interface Copied {
  buf: Buffer;
  at: number;
}

// A buffer for at least `size` characters after the head's room: the spare when it is large enough.
function copyFor(size: number): Copied {
  const kept = spare?.deref();
  spare = undefined;
  return { buf: kept !== undefined && kept.length >= HEAD_ROOM + size ? kept : globalThis.Buffer.allocUnsafeSlow(HEAD_ROOM + 2 * size), at: HEAD_ROOM };
}

function append(c: Copied, s: string): void {
  if (c.at + s.length > c.buf.length) {
    const bigger = globalThis.Buffer.allocUnsafeSlow(2 * (c.at + s.length));
    c.buf.copy(bigger, 0, 0, c.at);
    c.buf = bigger;
  }
  c.at += c.buf.write(s, c.at, 'latin1');
}

// The copied text as a string, and its buffer given back as the spare.
function release(c: Copied, from: number, to: number): string {
  const text = c.buf.toString('latin1', from, to);
  spare = new WeakRef(c.buf);
  return text;
}

// The head, the copied text and the tail as one string; undefined, the copy given back, when the
// head does not fit before the text or either holds wide text.
function finish(c: Copied, head: readonly string[], tail: readonly string[]): string | undefined {
  let headSize = 0;
  for (const p of head) headSize += p.length;
  if (headSize > HEAD_ROOM || head.some((p) => WIDE.test(p)) || tail.some((p) => WIDE.test(p))) return undefined;
  for (const p of tail) append(c, p);
  const end = c.at;
  c.at = HEAD_ROOM - headSize;
  for (const p of head) append(c, p);
  return release(c, HEAD_ROOM - headSize, end);
}

/** A sink that keeps a small SVG's chunks as strings and copies a large one's into one buffer. */
export function chunkSink(): ChunkSink {
  // The chunks not copied, and their size; once copied, `copied` holds them, until wide text ends the copying.
  let chunks: string[] = [];
  let size = 0;
  let copied: Copied | undefined;
  let wide = globalThis.Buffer === undefined;
  const start = (): void => {
    for (const c of chunks) if (WIDE.test(c)) return void (wide = true);
    copied = copyFor(2 * size);
    for (const c of chunks) append(copied, c);
    chunks = [];
  };
  // Back to strings: the text copied so far becomes the first chunk.
  const stop = (c: Copied): void => {
    chunks = [release(c, HEAD_ROOM, c.at)];
    copied = undefined;
    wide = true;
  };
  return {
    add(chunk) {
      if (copied === undefined) {
        chunks.push(chunk);
        size += chunk.length;
        if (size >= STREAM && !wide) start();
      } else if (WIDE.test(chunk)) {
        stop(copied);
        chunks.push(chunk);
      } else append(copied, chunk);
    },
    join(head, tail) {
      if (copied !== undefined) {
        const text = finish(copied, head, tail);
        if (text !== undefined) return text;
        stop(copied);
      }
      return joinPieces([...head, ...chunks, ...tail]);
    },
  };
}
