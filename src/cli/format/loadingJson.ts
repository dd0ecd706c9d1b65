/** Resource loading as `loading --json` prints it: contract §4, hours by period. */
import type { Issue } from '../../model/types';
import type { LoadingResult, Period } from '../../engine/types';
import { issueJson, type IssueJson } from './issues';
import { isoOrNull, numberOrNull } from './values';

export interface LoadingJson {
  period: Period;
  periods: (string | null)[];
  resources: { name: string; capacity: (number | null)[]; load: (number | null)[]; overallocated: boolean[] }[];
  issues: IssueJson[];
}

export function loadingJson(result: LoadingResult, issues: readonly Issue[]): LoadingJson {
  return {
    period: result.period,
    periods: result.periods.map(isoOrNull),
    resources: result.resources.map((r) => ({
      name: r.name,
      capacity: r.capacity.map(numberOrNull),
      load: r.load.map(numberOrNull),
      overallocated: r.overallocated.map(Boolean),
    })),
    issues: issues.map(issueJson),
  };
}
