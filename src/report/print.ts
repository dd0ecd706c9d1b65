/** Print settings every report sheet shares: landscape, one page wide, the time made in the footer. */
import type { PrintSetup } from './description';
import { madeAtText } from './context';

export function printSetup(madeAt: string, titles: Pick<PrintSetup, 'titleRows' | 'titleColumns'> = {}): PrintSetup {
  return { landscape: true, fitToWidth: true, ...titles, footerLeft: `Made ${madeAtText(madeAt)} by Cellpath`, pageNumbers: true };
}
