/** Earned value as `evm --json` prints it: contract §4. */
import type { Issue, Model } from '../../model/types';
import type { EarnedValueResult } from '../../engine/types';
import { issueJson, type IssueJson } from './issues';
import { isoOrNull, moneyOrNull, numberOrNull } from './values';

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
    bac: moneyOrNull(result.bac),
    pv: moneyOrNull(result.pv),
    ev: moneyOrNull(result.ev),
    ac: moneyOrNull(result.ac),
    sv: moneyOrNull(result.sv),
    cv: moneyOrNull(result.cv),
    spi: numberOrNull(result.spi),
    cpi: numberOrNull(result.cpi),
    eac: moneyOrNull(result.eac),
    etc: moneyOrNull(result.etc),
    vac: moneyOrNull(result.vac),
    tcpi: numberOrNull(result.tcpi),
    es: numberOrNull(result.es),
    spit: numberOrNull(result.spit),
    forecastFinish: isoOrNull(result.forecastFinish),
    tasks: result.tasks.map((t) => ({
      id: model.tasks[t.task].id,
      bac: moneyOrNull(t.bac),
      pv: moneyOrNull(t.pv),
      ev: moneyOrNull(t.ev),
      ac: moneyOrNull(t.ac),
    })),
    issues: issues.map(issueJson),
  };
}
