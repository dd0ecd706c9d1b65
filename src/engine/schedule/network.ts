/**
 * The dependency network the passes walk: the model's (model/taskNetwork.ts: links as compressed
 * rows and one topological order, made by buildModel). A plan with a dependency loop still gets
 * an order, the looped tasks in input order; the links that point backwards in it are left out
 * here, so every pass stays well defined.
 */
import type { TaskNetwork } from '../../model/taskNetwork';
import type { Network, Successors } from './state';

/** The link arrays are the model's, shared and never written: a loop makes new ones. */
export function buildNetwork(rows: TaskNetwork): Network {
  const network: Network = {
    n: rows.leaf.length, leaf: rows.leaf,
    predStart: rows.predStart, predTask: rows.predTask, predType: rows.predType, predLag: rows.predLag,
    successors: null, order: rows.order, looped: rows.looped, detailed: rows.detailed,
  };
  if (rows.looped.length > 0) {
    const position = new Int32Array(network.n).fill(-1);
    for (let i = 0; i < network.order.length; i++) position[network.order[i]] = i;
    keepLinks(network, (p, s) => position[p] < position[s]);
  }
  return network;
}

/** Links out of each task, built once when something needs them (summaries' free float). */
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

/** Keeps the links that pass `keep`, in new arrays; the successor rows are rebuilt when next needed. */
function keepLinks(net: Network, keep: (p: number, s: number) => boolean): void {
  const { n, predStart } = net;
  const predTask = net.predTask.slice();
  const predType = net.predType.slice();
  const predLag = net.predLag.slice();
  let kept = 0;
  const starts = new Int32Array(n + 1);
  for (let s = 0; s < n; s++) {
    starts[s] = kept;
    for (let k = predStart[s]; k < predStart[s + 1]; k++) {
      const p = net.predTask[k];
      if (!keep(p, s)) continue;
      predTask[kept] = p;
      predType[kept] = net.predType[k];
      predLag[kept] = net.predLag[k];
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
