/** The status date of `evm` and `report`, which cannot work without one. */
import type { Model, Serial } from '../../model/types';
import type { CommandArgs } from '../args';
import { UsageError } from '../errors';

/** --status-date wins; the workbook's Status Date setting stands in when it is not given. */
export function requiredStatusDate(args: CommandArgs, model: Model): Serial {
  const statusDate = args.statusDate ?? model.settings.statusDate;
  if (statusDate === null) {
    throw new UsageError('needs a status date: pass --status-date YYYY-MM-DD or add a Status Date setting to the Settings table.');
  }
  return statusDate;
}
