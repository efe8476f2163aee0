// Keeps the kiosk window alive all day: the display stays awake while screening, and a crashed
// or hung renderer is reloaded rather than leaving a frozen screen at the entrance.
import { powerSaveBlocker, type BrowserWindow } from 'electron';

export function guardKioskWindow(window: BrowserWindow, log: (line: string) => void): () => void {
  const blocker = powerSaveBlocker.start('prevent-display-sleep');
  const contents = window.webContents;
  contents.on('render-process-gone', (_event, details) => {
    log(`kiosk: the screen's renderer stopped (${details.reason}); reloading it`);
    if (!window.isDestroyed()) contents.reload();
  });
  window.on('unresponsive', () => {
    log('kiosk: the screen stopped responding; restarting its renderer');
    contents.forcefullyCrashRenderer(); // 'render-process-gone' then reloads it
  });
  return () => {
    if (powerSaveBlocker.isStarted(blocker)) powerSaveBlocker.stop(blocker);
  };
}
