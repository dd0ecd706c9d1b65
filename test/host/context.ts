/**
 * The request context: a queue of actions that runs, in order, when `sync()` is called. Each sync
 * is one round trip to "Excel" and is logged with its actions and approximate sizes.
 */
import { hostError } from './errors';
import type { WorkbookHost } from './host';
import { Application, Workbook } from './workbook';

export interface QueuedAction {
  kind: 'load' | 'set' | 'call' | 'resolve';
  /** The object path, e.g. `workbook.worksheets.getItem("Tasks").getRange("A1:C3")`. */
  path: string;
  /** Property or method name. */
  name: string;
  /** Approximate request bytes. */
  bytes: number;
  /** Runs the action against the workbook; returns response bytes. */
  run: () => number | void;
}

export class HostContext {
  _queue: QueuedAction[] = [];
  _closed = false;
  readonly workbook: Workbook;
  readonly application: Application;
  readonly runtime = { enableEvents: true, load: () => undefined };
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  readonly debugInfo = {};

  constructor(readonly _host: WorkbookHost) {
    this.workbook = new Workbook(this);
    this.application = this.workbook.application;
  }

  _enqueue(action: QueuedAction): void {
    if (this._closed) {
      throw hostError('InvalidObjectPath', `The object path '${action.path}' isn't working for what you're trying to do: its Excel.run batch has finished.`);
    }
    this._queue.push(action);
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    const actions = this._queue;
    this._queue = [];
    await this._host._runBatch(actions);
    return passThroughValue as T;
  }

  load<O extends { load: (option?: never) => unknown }>(object: O, option?: unknown): O {
    (object.load as (o?: unknown) => unknown)(option);
    return object;
  }
}
