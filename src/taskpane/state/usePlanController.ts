/**
 * The pane's one piece of logic: check the plan, run one action at a time with progress and
 * cancel, and say how it went. Everything it computes comes from the service.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ACTIONS, type ActionKey } from './actions';
import { startTiming } from './timing';
import type { PlanContextValue, PlanState } from './types';
import { DEFAULT_OPTIONS } from '../services/defaults';
import { describeError, isAbort } from '../services/errors';
import type { CellpathService, PaneOptions, Problem } from '../services/types';

/** Edits in the Tasks table come in bursts; check once they settle. */
const RECHECK_DELAY_MS = 600;

export function usePlanController(service: CellpathService): PlanContextValue {
  const [state, setState] = useState<PlanState>({
    options: DEFAULT_OPTIONS,
    status: null,
    checking: true,
    checkError: null,
    busy: null,
    notice: null,
  });
  const optionsRef = useRef<PaneOptions>(DEFAULT_OPTIONS);
  const checkSeq = useRef(0);
  const busyRef = useRef(false);
  const abortRef = useRef<AbortController | null>(null);

  const recheck = useCallback(async () => {
    const seq = ++checkSeq.current;
    setState((s) => ({ ...s, checking: true }));
    const done = startTiming('check');
    try {
      const status = await service.check(optionsRef.current);
      done();
      if (seq === checkSeq.current) setState((s) => ({ ...s, status, checking: false, checkError: null }));
    } catch (error) {
      if (seq === checkSeq.current) setState((s) => ({ ...s, checking: false, checkError: describeError(error) }));
    }
  }, [service]);

  const setOptions = useCallback((options: PaneOptions) => {
    optionsRef.current = options;
    setState((s) => ({ ...s, options }));
  }, []);

  const run = useCallback(
    async (action: ActionKey, options?: PaneOptions): Promise<boolean> => {
      if (busyRef.current) return false;
      const spec = ACTIONS[action];
      if (options) setOptions(options);
      busyRef.current = true;
      const controller = new AbortController();
      abortRef.current = controller;
      setState((s) => ({ ...s, notice: null, busy: { action, label: spec.doing, progress: { step: spec.doing, fraction: null } } }));
      let ok = false;
      const done = startTiming(action);
      try {
        const result = await spec.run(service, optionsRef.current, {
          signal: controller.signal,
          onProgress: (progress) =>
            setState((s) => (s.busy && s.busy.action === action ? { ...s, busy: { ...s.busy, progress } } : s)),
        });
        const sheets = result.sheets?.length ? ` Added: ${result.sheets.join(', ')}.` : '';
        setState((s) => ({ ...s, notice: { intent: 'success', title: 'Done', text: result.message + sheets } }));
        ok = true;
      } catch (error) {
        const notice = isAbort(error)
          ? { intent: 'info' as const, title: 'Cancelled', text: 'Nothing was changed in the workbook.' }
          : {
              intent: 'error' as const,
              title: spec.failure,
              text: `${describeError(error)}${(error as { unchanged?: boolean }).unchanged === false ? '' : ' Nothing was changed in the workbook.'}`,
            };
        setState((s) => ({ ...s, notice }));
      } finally {
        done();
        busyRef.current = false;
        abortRef.current = null;
        setState((s) => ({ ...s, busy: null }));
      }
      await recheck();
      return ok;
    },
    [service, recheck, setOptions],
  );

  const selectProblem = useCallback(
    async (problem: Problem) => {
      try {
        await service.selectProblem(problem);
      } catch (error) {
        const where = problem.cell ? ` ${problem.cell}` : '';
        setState((s) => ({ ...s, notice: { intent: 'error', title: `Could not select${where}`, text: describeError(error) } }));
      }
    },
    [service],
  );
  const explain = useCallback((taskId: string) => service.explain(optionsRef.current, taskId), [service]);
  const selectedTaskId = useCallback(() => service.selectedTaskId(optionsRef.current), [service]);

  const cancel = useCallback(() => abortRef.current?.abort(), []);
  const dismissNotice = useCallback(() => setState((s) => ({ ...s, notice: null })), []);

  // Start: the remembered options, then the first check.
  useEffect(() => {
    let live = true;
    (async () => {
      try {
        const options = await service.loadOptions();
        if (live) setOptions(options);
      } catch {
        // Unreadable settings: the defaults serve.
      }
      if (live) await recheck();
    })();
    return () => {
      live = false;
    };
  }, [service, recheck, setOptions]);

  // Re-check when the Tasks table changes (not while an action of ours is writing to it).
  const tasksTable = state.status?.tables.find((t) => t.role === 'Tasks')?.name ?? null;
  const mapping = JSON.stringify(state.options.mapping);
  useEffect(() => {
    if (!tasksTable) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let unsubscribe: (() => void) | null = null;
    let live = true;
    const onChange = () => {
      // Our own writes raise changes too; every action re-checks when it ends.
      if (busyRef.current) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        // An action that started meanwhile re-checks when it ends; two reads at once would race.
        if (!busyRef.current) void recheck();
      }, RECHECK_DELAY_MS);
    };
    service
      .watchTasks(optionsRef.current, onChange)
      .then((off) => {
        if (live) unsubscribe = off;
        else off();
      })
      .catch(() => {
        // No change events in this host: the user re-checks by hand.
      });
    return () => {
      live = false;
      clearTimeout(timer);
      unsubscribe?.();
    };
  }, [service, recheck, tasksTable, mapping]);

  return useMemo(
    () => ({ ...state, recheck, run, cancel, dismissNotice, setOptions, selectProblem, explain, selectedTaskId }),
    [state, recheck, run, cancel, dismissNotice, setOptions, selectProblem, explain, selectedTaskId],
  );
}
