/** Entry point: wait for Office, then show the pane, or say why it cannot run. */
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { Starting, Unavailable } from './bootstrap/Unavailable';
import { waitForOffice, type OfficeWindow } from './bootstrap/officeReady';
import { createExcelService } from './services/excelService';

function start(): void {
  const container = document.getElementById('root');
  if (!container) return;
  const root = createRoot(container);
  root.render(<Starting />);
  void waitForOffice(window as unknown as OfficeWindow).then((outcome) => {
    if (outcome.kind === 'excel') root.render(<App service={createExcelService()} />);
    else root.render(<Unavailable outcome={outcome} />);
  });
}

start();
