/** What the pane's shared state holds; screens read it through `usePlan()`. */
import type { ActionKey } from './actions';
import type { DrivingChain, PaneOptions, PlanStatus, Problem, Progress } from '../services/types';

export interface Notice {
  intent: 'success' | 'error' | 'warning' | 'info';
  title: string;
  text: string;
}

export interface Busy {
  action: ActionKey;
  label: string;
  progress: Progress;
}

export interface PlanState {
  options: PaneOptions;
  status: PlanStatus | null;
  checking: boolean;
  /** Why the last check could not run (not the plan's problems: those are in status). */
  checkError: string | null;
  busy: Busy | null;
  notice: Notice | null;
}

export interface PlanCommands {
  recheck(): Promise<void>;
  /** Run an action; `options` replaces the pane's options first (Settings, Report). */
  run(action: ActionKey, options?: PaneOptions): Promise<boolean>;
  cancel(): void;
  dismissNotice(): void;
  /** Change the options without saving them (the screens' drafts). */
  setOptions(options: PaneOptions): void;
  /** Go to a problem's cell; a failure becomes the notice. */
  selectProblem(problem: Problem): Promise<void>;
  explain(taskId: string): Promise<DrivingChain>;
  /** The task under the active cell, or null. */
  selectedTaskId(): Promise<string | null>;
}

export type PlanContextValue = PlanState & PlanCommands;
