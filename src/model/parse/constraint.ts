/** Constraint types by short or Microsoft Project's long name. */
import type { ConstraintType } from '../types';

const NAMES: Record<string, ConstraintType> = {
  asap: 'ASAP', 'as soon as possible': 'ASAP',
  alap: 'ALAP', 'as late as possible': 'ALAP',
  snet: 'SNET', 'start no earlier than': 'SNET',
  snlt: 'SNLT', 'start no later than': 'SNLT',
  fnet: 'FNET', 'finish no earlier than': 'FNET',
  fnlt: 'FNLT', 'finish no later than': 'FNLT',
  mso: 'MSO', 'must start on': 'MSO',
  mfo: 'MFO', 'must finish on': 'MFO',
};

export function parseConstraintType(text: string): ConstraintType | null {
  return NAMES[text.trim().toLowerCase().replace(/\s+/g, ' ')] ?? null;
}

export const CONSTRAINT_HELP = 'Use ASAP, ALAP, SNET, SNLT, FNET, FNLT, MSO or MFO (or Microsoft Project\'s long names).';
