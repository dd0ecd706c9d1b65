/** The earned-value figures from BAC, PV, EV and AC (contract §3), EAC alternatives beside. */
import { ratio } from './ratios';

export interface Indices {
  sv: number;
  cv: number;
  spi: number | null;
  cpi: number | null;
  eac: number | null;
  etc: number | null;
  vac: number | null;
  tcpi: number | null;
  svPercent: number | null;
  cvPercent: number | null;
  eacAlternatives: { cpi: number | null; cpiSpi: number | null; atypical: number };
}

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
