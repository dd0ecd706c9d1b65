/**
 * @jest-environment jsdom
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/taskpane/app/App';
import { FakeService, samplePlanStatus } from './fakeService';

function renderPane(service: FakeService) {
  return render(<App service={service} theme="light" />);
}

async function openTab(name: RegExp) {
  fireEvent.click(screen.getByRole('tab', { name }));
}

describe('task pane', () => {
  it('shows the tables found and the plan at a glance', async () => {
    renderPane(new FakeService());
    expect(await screen.findByText('Plan: Office move')).toBeTruthy();
    expect(screen.getByText('2026-03-20')).toBeTruthy();
    expect(screen.getByText('2 of 3')).toBeTruthy();
    expect(screen.getByText('0.90')).toBeTruthy();
    expect(screen.getByText('Alice (2 days)')).toBeTruthy();
    expect(screen.getByText('1 error, 1 warning.')).toBeTruthy();
    const tables = screen.getByRole('list');
    expect(within(tables).getAllByText('not found')).toHaveLength(3);
  });

  it('offers starter tables when there is no Tasks table', async () => {
    const service = new FakeService({ status: samplePlanStatus({ tables: [], tasks: [], problems: [] }) });
    renderPane(service);
    const create = await screen.findByRole('button', { name: 'Create starter tables' });
    expect((screen.getByRole('button', { name: 'Insert schedule formulas' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(create);
    await screen.findByText(/Starter tables created\. Added: Tasks, Resources\./);
    expect(service.calls).toContain('starter');
  });

  it('lists problems errors first, each selecting its cell', async () => {
    const service = new FakeService();
    renderPane(service);
    await screen.findByText('Plan: Office move');
    await openTab(/Problems/);
    const buttons = screen.getAllByRole('button', { name: /^Go to/ });
    expect(buttons.map((b) => b.textContent)).toEqual(['Go to C3', 'Go to F4']);
    fireEvent.click(buttons[0]);
    await waitFor(() => expect(service.calls).toContain('select Tasks!C3'));
    fireEvent.click(screen.getByRole('radio', { name: 'Warnings' }));
    expect(screen.getAllByRole('button', { name: /^Go to/ }).map((b) => b.textContent)).toEqual(['Go to F4']);
  });

  it('shows progress for a long action and cancels it without a change', async () => {
    const service = new FakeService({ manual: true });
    renderPane(service);
    fireEvent.click(await screen.findByRole('button', { name: 'Level resources' }));
    expect(await screen.findByText('Reading')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Insert schedule formulas' }) as HTMLButtonElement).disabled).toBe(true);
    act(() => service.release());
    expect(await screen.findByText('Leveling')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByText('Cancelled')).toBeTruthy();
    expect(screen.getByText('Nothing was changed in the workbook.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
    expect(service.status.leveled).toBe(false);
  });

  it('reports a failure in a message bar, saying nothing was changed', async () => {
    const service = new FakeService({ failing: { schedule: 'The Tasks table is protected.' } });
    renderPane(service);
    fireEvent.click(await screen.findByRole('button', { name: 'Insert schedule formulas' }));
    expect(await screen.findByText('Could not insert the schedule formulas')).toBeTruthy();
    expect(screen.getByText('The Tasks table is protected. Nothing was changed in the workbook.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText('Could not insert the schedule formulas')).toBeNull();
  });

  it('levels, then offers to clear the leveling', async () => {
    const service = new FakeService();
    renderPane(service);
    const clear = await screen.findByRole('button', { name: 'Clear leveling' });
    expect((clear as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Level resources' }));
    await screen.findByText('Resources leveled: 2 tasks delayed.');
    await waitFor(() => expect((screen.getByRole('button', { name: 'Clear leveling' }) as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(screen.getByRole('button', { name: 'Clear leveling' }));
    await screen.findByText('Leveling delays cleared.');
  });

  it('creates the chosen report sheets for a status date', async () => {
    const service = new FakeService();
    renderPane(service);
    await screen.findByText('Plan: Office move');
    await openTab(/Report/);
    fireEvent.change(screen.getByLabelText('Status date'), { target: { value: '2026-03-13' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Gantt chart' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Month' }));
    fireEvent.click(screen.getByRole('button', { name: 'Create sheets' }));
    await screen.findByText(/Report created\./);
    expect(service.calls).toContain(
      `report ${JSON.stringify({ statusDate: '2026-03-13', sheets: { status: true, gantt: false, loading: true }, period: 'month' })}`,
    );
  });

  it('will not create a report with no sheet chosen', async () => {
    renderPane(new FakeService());
    await screen.findByText('Plan: Office move');
    await openTab(/Report/);
    for (const name of [/Status report/, 'Gantt chart', 'Resource loading']) fireEvent.click(screen.getByRole('checkbox', { name }));
    expect(screen.getByText('Choose at least one sheet.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Create sheets' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('saves settings and the table mapping in the workbook', async () => {
    const service = new FakeService();
    renderPane(service);
    await screen.findByText('Plan: Office move');
    await openTab(/Settings/);
    fireEvent.change(screen.getByLabelText('Currency'), { target: { value: 'EUR' } });
    fireEvent.click(screen.getByRole('combobox', { name: 'Tasks' }));
    fireEvent.click(await screen.findByRole('option', { name: 'MyTasks' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Settings saved in this workbook.');
    expect(service.stored.project.currency).toBe('EUR');
    expect(service.stored.mapping).toEqual({ Tasks: 'MyTasks' });
  });

  it('explains the selected task by its driving chain', async () => {
    renderPane(new FakeService());
    await screen.findByText('Plan: Office move');
    await openTab(/Why this date/);
    fireEvent.click(screen.getByRole('button', { name: 'Use the task of the active cell' }));
    expect(await screen.findByText('Starts after 1 Pack finishes (FS).')).toBeTruthy();
    expect(screen.getByText('Starts at the project start.')).toBeTruthy();
  });

  it('checks again when the Tasks table changes', async () => {
    const service = new FakeService();
    renderPane(service);
    await screen.findByText('Plan: Office move');
    await waitFor(() => expect(service.watchers.length).toBe(1));
    service.status = samplePlanStatus({ finish: '2026-04-03' });
    act(() => service.changeTasks());
    expect(await screen.findByText('2026-04-03', undefined, { timeout: 3000 })).toBeTruthy();
  });

  it('does not check in the middle of an action when an edit came just before it', async () => {
    const service = new FakeService({ manual: true });
    renderPane(service);
    await screen.findByText('Plan: Office move');
    await waitFor(() => expect(service.watchers.length).toBe(1));
    const checks = () => service.calls.filter((c) => c === 'check').length;
    act(() => service.changeTasks());
    fireEvent.click(screen.getByRole('button', { name: 'Level resources' }));
    await screen.findByRole('button', { name: 'Cancel' });
    const before = checks();
    // Past the re-check delay: the action is still running, so the edit waits for its end.
    await act(() => new Promise((resolve) => setTimeout(resolve, 900)));
    expect(checks()).toBe(before);
    for (let i = 0; i < 3; i++) {
      await act(async () => service.release());
    }
    await screen.findByText(/2 tasks delayed/);
    await waitFor(() => expect(checks()).toBe(before + 1));
  });
});
