// Bridges of a suppression pattern. The pattern is a set of hidden (row, column) cells of an
// extended table; read as a bipartite graph (one node per row, margins included, one per column,
// one edge per hidden cell), a hidden cell can be recovered from the published margins exactly
// when its edge is a bridge (see suppression.ts for why). Tables reach 1,500 × 365, so the
// depth-first search is iterative: a recursive one would overflow the stack on a long path.

/**
 * The hidden cells (as `row * cols + col`) whose edge is a bridge, in the order found.
 * `hidden` has `rows * cols` flags, 1 = hidden.
 */
export function findBridges(rows: number, cols: number, hidden: Uint8Array): number[] {
  const nodes = rows + cols;
  // Compressed adjacency: node v's neighbours are adjNode[start[v] .. start[v + 1]).
  const start = new Int32Array(nodes + 1);
  for (let g = 0; g < rows; g++) {
    for (let p = 0; p < cols; p++) {
      if (hidden[g * cols + p] === 1) {
        start[g + 1]!++;
        start[rows + p + 1]!++;
      }
    }
  }
  for (let v = 0; v < nodes; v++) start[v + 1]! += start[v]!;
  const edges = start[nodes]!;
  const adjNode = new Int32Array(edges);
  const adjCell = new Int32Array(edges);
  const fill = start.slice(0, nodes);
  for (let g = 0; g < rows; g++) {
    for (let p = 0; p < cols; p++) {
      const cell = g * cols + p;
      if (hidden[cell] !== 1) continue;
      const col = rows + p;
      adjNode[fill[g]!] = col;
      adjCell[fill[g]!++] = cell;
      adjNode[fill[col]!] = g;
      adjCell[fill[col]!++] = cell;
    }
  }

  const disc = new Int32Array(nodes).fill(-1);
  const low = new Int32Array(nodes);
  /** The cell (edge) a node was reached by; -1 for a root. One edge per cell, so no multi-edges. */
  const viaCell = new Int32Array(nodes).fill(-1);
  /** The next adjacency slot each node will look at. */
  const next = start.slice(0, nodes);
  const stack = new Int32Array(nodes);
  const bridges: number[] = [];
  let time = 0;

  for (let root = 0; root < nodes; root++) {
    if (disc[root] !== -1 || start[root] === start[root + 1]) continue;
    let top = 0;
    stack[0] = root;
    disc[root] = low[root] = time++;
    while (top >= 0) {
      const v = stack[top]!;
      if (next[v]! < start[v + 1]!) {
        const slot = next[v]!++;
        const cell = adjCell[slot]!;
        if (cell === viaCell[v]) continue;
        const w = adjNode[slot]!;
        if (disc[w] === -1) {
          disc[w] = low[w] = time++;
          viaCell[w] = cell;
          stack[++top] = w;
        } else if (disc[w]! < low[v]!) {
          low[v] = disc[w]!;
        }
        continue;
      }
      top--;
      if (top < 0) break;
      const u = stack[top]!;
      if (low[v]! < low[u]!) low[u] = low[v]!;
      if (low[v]! > disc[u]!) bridges.push(viaCell[v]!);
    }
  }
  return bridges;
}
