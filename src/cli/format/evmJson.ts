/** Earned value as `evm --json` prints it: contract §4. */
import type { Issue, Model } from '../../model/types';
import type { EarnedValueResult } from '../../engine/types';
import { issueJson, type IssueJson } from './issues';
import { isoOrNull, numberOrNull } from './values';

export interface EvmJson {
  statusDate: string | null;
  bac: number | null;
  pv: number | null;
  ev: number | null;
  ac: number | null;
  sv: number | null;
  cv: number | null;
  spi: number | null;
  cpi: number | null;
  eac: number | null;
  etc: number | null;
  vac: number | null;
  tcpi: number | null;
  es: number | null;
  spit: number | null;
  forecastFinish: string | null;
  tasks: { id: string; bac: number | null; pv: number | null; ev: number | null; ac: number | null }[];
  issues: IssueJson[];
}

export function evmJson(model: Model, result: EarnedValueResult, issues: readonly Issue[]): EvmJson {
  return {
    statusDate: isoOrNull(result.statusDate),
    bac: numberOrNull(result.bac),
    pv: numberOrNull(result.pv),
    ev: numberOrNull(result.ev),
    ac: numberOrNull(result.ac),
    sv: numberOrNull(result.sv),
    cv: numberOrNull(result.cv),
    spi: numberOrNull(result.spi),
    cpi: numberOrNull(result.cpi),
    eac: numberOrNull(result.eac),
    etc: numberOrNull(result.etc),
    vac: numberOrNull(result.vac),
    tcpi: numberOrNull(result.tcpi),
    es: numberOrNull(result.es),
    spit: numberOrNull(result.spit),
    forecastFinish: isoOrNull(result.forecastFinish),
    tasks: result.tasks.map((t) => ({
      id: model.tasks[t.task].id,
      bac: numberOrNull(t.bac),
      pv: numberOrNull(t.pv),
      ev: numberOrNull(t.ev),
      ac: numberOrNull(t.ac),
    })),
    issues: issues.map(issueJson),
  };
}
