/**
 * The model's links as compressed rows of typed arrays, and one topological order of the leaf
 * tasks (Kahn's algorithm). A plan with a dependency loop still gets an order: the looped tasks
 * follow in input order and the links that point backwards in it are left out.
 */
import type { Task } from '../../model/types';
import * as codes from './state';
import type { Network } from './state';

const { FF, FS, SF, SS } = codes;

export function buildNetwork(tasks: readonly Task[]): Network {
  const n = tasks.length;
  const leaf = new Uint8Array(n);
  let room = 0;
  for (let i = 0; i < n; i++) {
    const t = tasks[i];
    if (t.summary) continue;
    leaf[i] = 1;
    room += t.predecessors.length;
  }

  // One read of every link; unusable ones (onto a summary, a missing task, itself) are skipped.
  const predStart = new Int32Array(n + 1);
  let predTask = new Int32Array(room);
  let predType = new Uint8Array(room);
  let predLag = new Int32Array(room);
  let linkSuccessor = new Int32Array(room);
  const outCount = new Int32Array(n + 1);
  let k = 0;
  for (let s = 0; s < n; s++) {
    predStart[s] = k;
    if (leaf[s] === 0) continue;
    const links = tasks[s].predecessors;
    for (let j = 0; j < links.length; j++) {
      const link = links[j];
      const p = link.predecessor;
      if (!(p >= 0 && p < n && p !== s && leaf[p] === 1)) continue;
      const type = link.type;
      predTask[k] = p;
      predType[k] = type === 'FS' ? FS : type === 'SS' ? SS : type === 'FF' ? FF : type === 'SF' ? SF : FS;
      predLag[k] = Math.round(link.lag) | 0;
      linkSuccessor[k] = s;
      outCount[p + 1]++;
      k++;
    }
  }
  predStart[n] = k;
  if (k < room) {
    predTask = predTask.subarray(0, k);
    predType = predType.subarray(0, k);
    predLag = predLag.subarray(0, k);
    linkSuccessor = linkSuccessor.subarray(0, k);
  }

  const network: Network = {
    n, leaf, predStart, predTask, predType, predLag, linkSuccessor,
    succStart: outCount, succLink: new Int32Array(k), order: new Int32Array(0), looped: [],
  };
  fillSuccessors(network);
  orderTopologically(network);
  return network;
}

/** Successor rows from the predecessor rows (outCount arrives as counts shifted by one). */
function fillSuccessors(net: Network): void {
  const { n, succStart, succLink, predTask } = net;
  for (let i = 0; i < n; i++) succStart[i + 1] += succStart[i];
  const next = succStart.slice(0, n);
  for (let k = 0; k < predTask.length; k++) succLink[next[predTask[k]]++] = k;
}

function orderTopologically(net: Network): void {
  const { n, leaf, predStart, succStart, succLink, linkSuccessor } = net;
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
    dropBackwardLinks(net);
  } else {
    net.order = order.subarray(0, tail);
  }
}

/** With a loop, keep only the links that run forward in the order, so every pass stays well defined. */
function dropBackwardLinks(net: Network): void {
  const { n, order, predStart, predTask, predType, predLag } = net;
  const position = new Int32Array(n).fill(-1);
  for (let i = 0; i < order.length; i++) position[order[i]] = i;
  let kept = 0;
  const starts = new Int32Array(n + 1);
  const outCount = new Int32Array(n + 1);
  for (let s = 0; s < n; s++) {
    starts[s] = kept;
    for (let k = predStart[s]; k < predStart[s + 1]; k++) {
      const p = predTask[k];
      if (position[p] >= position[s]) continue;
      predTask[kept] = p;
      predType[kept] = predType[k];
      predLag[kept] = predLag[k];
      net.linkSuccessor[kept] = s;
      outCount[p + 1]++;
      kept++;
    }
  }
  starts[n] = kept;
  net.predStart = starts;
  net.predTask = predTask.subarray(0, kept);
  net.predType = predType.subarray(0, kept);
  net.predLag = predLag.subarray(0, kept);
  net.linkSuccessor = net.linkSuccessor.subarray(0, kept);
  net.succStart = outCount;
  net.succLink = new Int32Array(kept);
  fillSuccessors(net);
}
