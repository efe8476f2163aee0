// Electron entry: one instance, one kiosk window, the core in this process. Thin on purpose:
// everything that does work lives in core/ and app/ and runs under plain Node too.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, ipcMain, Menu, protocol } from 'electron';
import { parseRunOptions } from './app/options.js';
import { UsageError } from './app/parse-helpers.js';
import { StartupError } from './app/startup-error.js';
import { rendererDir } from './app/paths.js';
import { RENDERER_ENTRY_URL, RENDERER_SCHEME, rendererResponse } from './app/renderer-protocol.js';
import { runKiosk, type RunningKiosk } from './app/run-kiosk.js';
import { serveKioskOverIpc } from './ipc-transport.js';
import { hardenAllContents, hardenSession } from './security.js';
import { guardKioskWindow } from './window-guards.js';

/** better-sqlite3 built for Electron's ABI (scripts/electron-native.mjs), when there is one. */
function electronNativeBinding(): string | undefined {
  const candidates = [
    join(process.resourcesPath ?? '', 'electron-native', 'better_sqlite3.node'),
    fileURLToPath(new URL('../../build/electron-native/better_sqlite3.node', import.meta.url)),
  ];
  return candidates.find((path) => existsSync(path));
}

async function start(): Promise<void> {
  // Arguments after our script: `--demo` plus the same options as `kiosk start` / `kiosk demo`.
  const args = process.argv.slice(
    process.argv.findIndex((a) => a.endsWith('electron-main.mjs')) + 1,
  );
  const demo = args.includes('--demo');
  const options = parseRunOptions(
    args.filter((a) => a !== '--demo'),
    demo,
  );
  // The renderer's own origin, kiosk://app: standard so relative URLs and 'self' work as over
  // http, secure so the page is a secure context. Only possible before the app is ready.
  protocol.registerSchemesAsPrivileged([
    { scheme: RENDERER_SCHEME, privileges: { standard: true, secure: true } },
  ]);
  hardenAllContents(app);
  // Every renderer sandboxed, whatever a window's options say.
  app.enableSandbox();
  await app.whenReady();
  Menu.setApplicationMenu(null); // a kiosk has no menu to wander into
  const renderer = rendererDir();
  const window = new BrowserWindow({
    kiosk: !process.env.KIOSK_WINDOWED,
    backgroundColor: '#101418',
    autoHideMenuBar: true,
    show: false,
    webPreferences: {
      preload: fileURLToPath(new URL('./preload.cjs', import.meta.url)),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      spellcheck: false,
    },
  });
  hardenSession(window.webContents.session);
  // Every reply carries the one CSP (app/csp.ts) as a header, as the browser kiosk's host does.
  window.webContents.session.protocol.handle(RENDERER_SCHEME, (request) =>
    rendererResponse(request, renderer),
  );
  let run: RunningKiosk | null = null;
  const guard = guardKioskWindow(window, (line) => console.error(line));
  run = await runKiosk(options, {
    nativeBinding: electronNativeBinding(),
    log: (l) => console.error(l),
    onExit: () => {
      guard.allowClose();
      window.close();
    },
  });
  const stopIpc = serveKioskOverIpc(ipcMain, window.webContents, run.kiosk);
  window.once('ready-to-show', () => window.show());
  // A second launch (someone double-clicks the icon) brings this window forward instead.
  app.on('second-instance', () => {
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  window.webContents.once('did-finish-load', () => void run?.releasePeople());
  await window.loadURL(RENDERER_ENTRY_URL);
  app.on('window-all-closed', () => {
    stopIpc();
    guard.dispose();
    void run?.stop().finally(() => app.quit());
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start().catch((error: unknown) => {
    console.error(`kiosk: ${error instanceof Error ? error.message : String(error)}`);
    // Like the CLI: a start-up problem the user can fix (options, port, database path) exits 2.
    app.exit(error instanceof StartupError || error instanceof UsageError ? 2 : 1);
  });
}
