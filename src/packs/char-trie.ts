/**
 * A character trie compiled into flat typed arrays, for the matcher's inner loop, which follows one
 * trie edge per character of every word of every sentence; with a Map per node each step hashed a
 * key, with these arrays it is an index or a short scan. The root is 0, and each node's children
 * sit in one sorted run.
 */

/** A trie under construction: a Map per node is easy to insert into, and is compiled once. */
export type TrieBuilder<T> = { next: Map<number, TrieBuilder<T>> | undefined; value: T | undefined };

/**
 * The compiled trie; read it with `childOf` and `values`. Nodes are numbered depth first, so a
 * walk down one spelling reads neighbouring memory, and each node's two numbers sit side by side.
 */
export type CharTrie<T> = {
  /** Node k: nodes[2k] is its first edge; nodes[2k + 2] ends its edges; nodes[2k + 1] is its dense table (or NONE). */
  readonly nodes: Int32Array;
  /** Edge e: edges[2e] is its character code, edges[2e + 1] the child it leads to; a node's edges are sorted. */
  readonly edges: Int32Array;
  /** For wide nodes (the root, "ال"…): 256 slots mapping U+0600–U+06FF to a child (-1: none). */
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

/** Compile a builder into flat arrays (depth first, so a spelling's nodes are numbered in a row). */
export function compileTrie<T>(root: TrieBuilder<T>): CharTrie<T> {
  const order: TrieBuilder<T>[] = [];
  const sortedCodes = new Map<TrieBuilder<T>, number[]>();
  const visit = (node: TrieBuilder<T>): void => {
    order.push(node);
    if (!node.next) return;
    const codes = [...node.next.keys()].sort((a, b) => a - b);
    sortedCodes.set(node, codes);
    for (const code of codes) visit(node.next.get(code)!);
  };
  visit(root);
  const idOf = new Map<TrieBuilder<T>, number>(order.map((node, id) => [node, id]));
  const nodes = new Int32Array(2 * order.length + 2);
  const edges = new Int32Array(2 * Math.max(order.length - 1, 0));
  const wide = order.filter((node) => (node.next?.size ?? 0) >= DENSE_FROM).length;
  const dense = new Int32Array(wide * 256).fill(NONE);
  let edge = 0;
  let denseUsed = 0;
  for (let k = 0; k < order.length; k++) {
    const node = order[k]!;
    const codes = sortedCodes.get(node) ?? [];
    nodes[2 * k] = edge;
    nodes[2 * k + 1] = NONE;
    if (codes.length >= DENSE_FROM) {
      nodes[2 * k + 1] = denseUsed;
      denseUsed += 256;
    }
    for (const code of codes) {
      const child = idOf.get(node.next!.get(code)!)!;
      edges[2 * edge] = code;
      edges[2 * edge + 1] = child;
      if (codes.length >= DENSE_FROM && code >= BLOCK && code < BLOCK + 256) dense[nodes[2 * k + 1]! + code - BLOCK] = child;
      edge++;
    }
  }
  nodes[2 * order.length] = edge;
  nodes[2 * order.length + 1] = NONE;
  return { nodes, edges, dense, values: order.map((node) => node.value) };
}

/** The child of `node` along `code`, or NONE. */
export function childOf<T>(trie: CharTrie<T>, node: number, code: number): number {
  const { nodes, edges } = trie;
  const table = nodes[2 * node + 1]!;
  if (table !== NONE && code >= BLOCK && code < BLOCK + 256) return trie.dense[table + code - BLOCK]!;
  let low = nodes[2 * node]!;
  let high = nodes[2 * node + 2]!;
  // Most nodes below the first letters have one to three children: a short scan beats a search.
  if (high - low <= DENSE_FROM) {
    for (; low < high; low++) if (edges[2 * low] === code) return edges[2 * low + 1]!;
    return NONE;
  }
  while (low < high) {
    const mid = (low + high) >>> 1;
    const at = edges[2 * mid]!;
    if (at === code) return edges[2 * mid + 1]!;
    if (at < code) low = mid + 1;
    else high = mid;
  }
  return NONE;
}
