/**
 * The dependency network from the links as read (read.ts), and one topological order of the
 * leaf tasks. When every link comes from an earlier row, as in most plans, the input order is one
 * and costs nothing; otherwise Kahn's algorithm finds one. A plan with a dependency loop still
 * gets an order: the looped tasks follow in input order and the links that point backwards in it
 * are left out.
 */
import type { LinkRows, Network, Successors } from './state';

export function buildNetwork(leaf: Uint8Array, rows: LinkRows): Network {
  const n = leaf.length;
  const network: Network = {
    n, leaf, predStart: rows.predStart, predTask: rows.predTask, predType: rows.predType, predLag: rows.predLag,
    successors: null, order: new Int32Array(0), looped: [],
  };
  if (!rows.forward) {
    const order = new Int32Array(n);
    let tail = 0;
    for (let i = 0; i < n; i++) if (leaf[i] === 1) order[tail++] = i;
    network.order = tail < n ? order.subarray(0, tail) : order;
    return network;
  }
  dropLinksOntoSummaries(network);
  orderTopologically(network);
  return network;
}

/** Links out of each task, built once when something needs them (Kahn's order, summaries' free float). */
export function successors(net: Network): Successors {
  if (net.successors !== null) return net.successors;
  const { n, predStart, predTask } = net;
  const links = predTask.length;
  const succStart = new Int32Array(n + 1);
  const linkSuccessor = new Int32Array(links);
  for (let s = 0; s < n; s++) {
    for (let k = predStart[s]; k < predStart[s + 1]; k++) {
      linkSuccessor[k] = s;
      succStart[predTask[k] + 1]++;
    }
  }
  for (let i = 0; i < n; i++) succStart[i + 1] += succStart[i];
  const next = succStart.slice(0, n);
  const succLink = new Int32Array(links);
  for (let k = 0; k < links; k++) succLink[next[predTask[k]]++] = k;
  net.successors = { succStart, succLink, linkSuccessor };
  return net.successors;
}

/** Links from a later row were read before that row said whether it is a summary. */
function dropLinksOntoSummaries(net: Network): void {
  keepLinks(net, (p) => net.leaf[p] === 1);
}

function orderTopologically(net: Network): void {
  const { n, leaf, predStart } = net;
  const { succStart, succLink, linkSuccessor } = successors(net);
  const waiting = new Int32Array(n);
  const order = new Int32Array(n);
  let leaves = 0;
  let tail = 0;
  for (let i = 0; i < n; i++) {
    if (leaf[i] === 0) continue;
    leaves++;
    waiting[i] = predStart[i + 1] - predStart[i];
    if (waiting[i] === 0) order[tail++] = i;
  }
  for (let head = 0; head < tail; head++) {
    const p = order[head];
    for (let j = succStart[p]; j < succStart[p + 1]; j++) {
      const s = linkSuccessor[succLink[j]];
      if (--waiting[s] === 0) order[tail++] = s;
    }
  }
  if (tail < leaves) {
    for (let i = 0; i < n; i++) {
      if (leaf[i] === 1 && waiting[i] > 0) {
        net.looped.push(i);
        order[tail++] = i;
      }
    }
    net.order = order.subarray(0, tail);
    // With a loop, keep only the links that run forward in the order, so every pass stays well defined.
    const position = new Int32Array(n).fill(-1);
    for (let i = 0; i < net.order.length; i++) position[net.order[i]] = i;
    keepLinks(net, (p, s) => position[p] < position[s]);
  } else {
    net.order = order.subarray(0, tail);
  }
}

/** Keeps the links that pass `keep`, in place; the successor rows are rebuilt when next needed. */
function keepLinks(net: Network, keep: (p: number, s: number) => boolean): void {
  const { n, predStart, predTask, predType, predLag } = net;
  let kept = 0;
  const starts = new Int32Array(n + 1);
  for (let s = 0; s < n; s++) {
    starts[s] = kept;
    for (let k = predStart[s]; k < predStart[s + 1]; k++) {
      const p = predTask[k];
      if (!keep(p, s)) continue;
      predTask[kept] = p;
      predType[kept] = predType[k];
      predLag[kept] = predLag[k];
      kept++;
    }
  }
  starts[n] = kept;
  net.predStart = starts;
  net.predTask = predTask.subarray(0, kept);
  net.predType = predType.subarray(0, kept);
  net.predLag = predLag.subarray(0, kept);
  net.successors = null;
}
