/**
 * A character trie compiled into flat typed arrays, for the matchers' inner loop. The pack and cue
 * matchers follow one trie edge per character of every word of every sentence, three times per
 * sentence; with a Map per node each step hashed a key, with these arrays it is an index or a short
 * scan. Nodes are numbered, the root is 0, and each node's children sit in one sorted run.
 */

/** A trie under construction: a Map per node is easy to insert into, and is compiled once. */
export type TrieBuilder<T> = { next: Map<number, TrieBuilder<T>> | undefined; value: T | undefined };

/** The compiled trie; read it with `childOf` and `valueAt`. */
export type CharTrie<T> = {
  /** Children of node k are codes[first[k]] … codes[first[k + 1] - 1], sorted, leading to targets[…]. */
  readonly first: Int32Array;
  readonly codes: Uint16Array;
  readonly targets: Int32Array;
  /** For wide nodes (the root, "ال"…): an index into `dense`, whose 256 slots map U+0600–U+06FF to a child (-1: none). */
  readonly denseAt: Int32Array;
  readonly dense: Int32Array;
  readonly values: readonly (T | undefined)[];
};

/** No child. */
export const NONE = -1;

/** Nodes with at least this many children get a direct table over the Arabic block. */
const DENSE_FROM = 8;
const BLOCK = 0x600;
/** The code range the dense tables cover (U+0600–U+06FF), for callers that inline `childOf`. */
export const DENSE_START = BLOCK;
export const DENSE_END = BLOCK + 256;

/** An empty builder node. */
export function newTrieBuilder<T>(): TrieBuilder<T> {
  return { next: undefined, value: undefined };
}

/** Add `key` to a builder; `merge` turns the value already there (if any) into the new one. */
export function insertKey<T>(root: TrieBuilder<T>, key: string, merge: (old: T | undefined) => T): void {
  let node = root;
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    node.next ??= new Map();
    let child = node.next.get(code);
    if (child === undefined) {
      child = newTrieBuilder();
      node.next.set(code, child);
    }
    node = child;
  }
  node.value = merge(node.value);
}

/** Compile a builder into flat arrays (breadth first, so a node's children are numbered together). */
export function compileTrie<T>(root: TrieBuilder<T>): CharTrie<T> {
  const order: TrieBuilder<T>[] = [root];
  for (let k = 0; k < order.length; k++) {
    const next = order[k]!.next;
    if (next) for (const code of [...next.keys()].sort((a, b) => a - b)) order.push(next.get(code)!);
  }
  const first = new Int32Array(order.length + 1);
  const codes = new Uint16Array(Math.max(order.length - 1, 0));
  const targets = new Int32Array(codes.length);
  const denseAt = new Int32Array(order.length).fill(NONE);
  const wide = order.filter((node) => (node.next?.size ?? 0) >= DENSE_FROM).length;
  const dense = new Int32Array(wide * 256).fill(NONE);
  let slot = 0;
  let nextId = 1;
  let denseUsed = 0;
  for (let k = 0; k < order.length; k++) {
    first[k] = slot;
    const next = order[k]!.next;
    if (!next) continue;
    const sorted = [...next.keys()].sort((a, b) => a - b);
    if (sorted.length >= DENSE_FROM) {
      denseAt[k] = denseUsed;
      denseUsed += 256;
    }
    for (const code of sorted) {
      codes[slot] = code;
      targets[slot] = nextId;
      if (denseAt[k]! !== NONE && code >= BLOCK && code < BLOCK + 256) dense[denseAt[k]! + code - BLOCK] = nextId;
      slot++;
      nextId++;
    }
  }
  first[order.length] = slot;
  return { first, codes, targets, denseAt, dense, values: order.map((node) => node.value) };
}

/** The child of `node` along `code`, or NONE. */
export function childOf<T>(trie: CharTrie<T>, node: number, code: number): number {
  const table = trie.denseAt[node]!;
  if (table !== NONE && code >= BLOCK && code < BLOCK + 256) return trie.dense[table + code - BLOCK]!;
  let low = trie.first[node]!;
  let high = trie.first[node + 1]!;
  const codes = trie.codes;
  // Most nodes below the first letters have one to three children: a short scan beats a search.
  if (high - low <= DENSE_FROM) {
    for (; low < high; low++) if (codes[low] === code) return trie.targets[low]!;
    return NONE;
  }
  while (low < high) {
    const mid = (low + high) >>> 1;
    const at = codes[mid]!;
    if (at === code) return trie.targets[mid]!;
    if (at < code) low = mid + 1;
    else high = mid;
  }
  return NONE;
}
