// Keeps the kiosk window alive all day: the display stays awake while screening, a crashed or
// hung renderer is reloaded rather than leaving a frozen screen at the entrance, and the window
// cannot be closed (Alt+F4, a window manager) except by staff leaving kiosk mode with the PIN.
import { powerSaveBlocker, type BrowserWindow } from 'electron';

export interface KioskWindowGuard {
  /** Lets the window close (staff left kiosk mode with the PIN). */
  allowClose(): void;
  dispose(): void;
}

export function guardKioskWindow(
  window: BrowserWindow,
  log: (line: string) => void,
): KioskWindowGuard {
  const blocker = powerSaveBlocker.start('prevent-display-sleep');
  const contents = window.webContents;
  let closable = false;
  window.on('close', (event) => {
    if (closable) return;
    event.preventDefault();
    log('kiosk: closing the window needs the staff PIN (staff console → Exit kiosk mode)');
  });
  contents.on('render-process-gone', (_event, details) => {
    log(`kiosk: the screen's renderer stopped (${details.reason}); reloading it`);
    if (!window.isDestroyed()) contents.reload();
  });
  window.on('unresponsive', () => {
    log('kiosk: the screen stopped responding; restarting its renderer');
    contents.forcefullyCrashRenderer(); // 'render-process-gone' then reloads it
  });
  return {
    allowClose: () => void (closable = true),
    dispose: () => {
      if (powerSaveBlocker.isStarted(blocker)) powerSaveBlocker.stop(blocker);
    },
  };
}
