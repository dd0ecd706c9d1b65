/** The Why-this-date screen: which task, and its driving chain from the service. */
import { useEffect, useState } from 'react';
import { usePlan } from '../../state/PlanContext';
import { describeError } from '../../services/errors';
import type { DrivingChain } from '../../services/types';

export function useWhy() {
  const plan = usePlan();
  const tasks = plan.status?.tasks ?? [];
  const [taskId, setTaskId] = useState<string | null>(null);
  const [chain, setChain] = useState<DrivingChain | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  // Explain again after each check: the dates may have moved.
  const status = plan.status;
  const explain = plan.explain;
  useEffect(() => {
    if (!taskId || !status?.tasks.some((t) => t.id === taskId)) {
      setChain(null);
      return;
    }
    let live = true;
    setLoading(true);
    explain(taskId)
      .then((c) => live && (setChain(c), setError(null)))
      .catch((e) => live && (setChain(null), setError(describeError(e))))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [taskId, status, explain]);

  const selected = tasks.find((t) => t.id === taskId) ?? null;
  return {
    tasks,
    taskId,
    selected,
    chain,
    error,
    loading,
    choose: (id: string | null) => setTaskId(id),
    pickActiveCell: async () => {
      try {
        const id = await plan.selectedTaskId();
        if (id) {
          setTaskId(id);
          setError(null);
        } else setError('The active cell is not in a task row. Click a cell in the Tasks table first.');
      } catch (e) {
        setError(describeError(e));
      }
    },
  };
}
