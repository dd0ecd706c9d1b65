/** Shares the pane's state and commands with every screen. */
import { createContext, useContext, type ReactNode } from 'react';
import { usePlanController } from './usePlanController';
import type { PlanContextValue } from './types';
import type { CellpathService } from '../services/types';

const PlanContext = createContext<PlanContextValue | null>(null);

export function PlanProvider({ service, children }: { service: CellpathService; children: ReactNode }) {
  const value = usePlanController(service);
  return <PlanContext.Provider value={value}>{children}</PlanContext.Provider>;
}

export function usePlan(): PlanContextValue {
  const value = useContext(PlanContext);
  if (!value) throw new Error('usePlan must be used inside <PlanProvider>.');
  return value;
}
