/** A schedule as a readable table, summaries indented by outline level, critical tasks marked. */
import type { Model } from '../../model/types';
import type { ScheduleResult } from '../../engine/types';
import { isoOrNull } from './values';
import { plural, renderTable, truncate } from './textTable';

export function scheduleLines(model: Model, result: ScheduleResult, options: { levelingDelay?: boolean } = {}): string[] {
  const name = model.settings.projectName || 'Project';
  const critical = result.tasks.filter((t) => t.critical && !t.summary).length;
  const header = ['ID', 'Task', 'Start', 'Finish', 'Late Start', 'Late Finish', 'Total Float', 'Free Float', 'Critical'];
  if (options.levelingDelay) header.push('Delay');
  const rows = result.tasks.map((t) => {
    const task = model.tasks[t.task];
    const indent = '  '.repeat(Math.max(0, task.outlineLevel - 1));
    const row = [
      task.id,
      truncate(indent + task.name, 44),
      isoOrNull(t.start) ?? '-',
      isoOrNull(t.finish) ?? '-',
      isoOrNull(t.lateStart) ?? '-',
      isoOrNull(t.lateFinish) ?? '-',
      String(t.totalFloat),
      String(t.freeFloat),
      t.critical ? 'yes' : '',
    ];
    if (options.levelingDelay) row.push(t.levelingDelay ? String(t.levelingDelay) : '');
    return row;
  });
  return [
    `${name}: ${isoOrNull(result.project.start) ?? '-'} to ${isoOrNull(result.project.finish) ?? '-'}, ${plural(critical, 'critical task')}` +
      (result.statusDate !== null ? `, status date ${isoOrNull(result.statusDate)}` : ''),
    '',
    ...renderTable(rows, { header, right: [6, 7, 9] }),
  ];
}
