/** The earned-value figures from BAC, PV, EV and AC (contract §3), EAC alternatives beside. */
import type { EarnedValueResult } from '../types';
import { ratio } from './ratios';

/** The figures worked out from BAC, PV, EV and AC alone. */
export type Indices = Pick<EarnedValueResult, 'sv' | 'cv' | 'spi' | 'cpi' | 'eac' | 'etc' | 'vac' | 'tcpi' | 'svPercent' | 'cvPercent' | 'eacAlternatives'>;

export function indices(bac: number, pv: number, ev: number, ac: number): Indices {
  const sv = ev - pv;
  const cv = ev - ac;
  const spi = ratio(ev, pv);
  const cpi = ratio(ev, ac);
  const remaining = bac - ev;
  const afterCpi = ratio(remaining, cpi);
  const eac = afterCpi === null ? null : ac + afterCpi;
  const afterCpiSpi = cpi === null || spi === null ? null : ratio(remaining, cpi * spi);
  return {
    sv,
    cv,
    spi,
    cpi,
    eac,
    etc: eac === null ? null : eac - ac,
    vac: eac === null ? null : bac - eac,
    tcpi: ratio(remaining, bac - ac),
    svPercent: ratio(sv, pv),
    cvPercent: ratio(cv, ev),
    eacAlternatives: {
      cpi: eac,
      cpiSpi: afterCpiSpi === null ? null : ac + afterCpiSpi,
      // The overrun so far was a one-off: the rest costs what was budgeted.
      atypical: ac + remaining,
    },
  };
}
