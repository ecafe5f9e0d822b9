import { app, BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { z } from 'zod';
import type { FileToSave } from '../../shared/api';
import { parseServerUrl, type ConnectionInfo } from '../../shared/api/connection';
import { safeFileName } from '../../shared/api/text';
import type { BackendClient } from '../backend/worker/messages';
import { startBackendWorker } from './backendWorker';
import { desktopDatabaseKey } from './databaseKey';
import { prepareDataDir } from '../bin/data-dir';
import { DataDirInUse, lockDataDir } from '../bin/data-lock';
import {
  bridgeAllowed,
  contentSecurityPolicy,
  navigationAllowed,
  policyAppliesTo,
  startPage,
} from './connection';
import { appUrlMatcher, devServerUrl } from './policy';
import { installSecurityPolicy } from './security';
import { checkServer } from './serverCheck';
import { electronSqliteBinding } from './sqlite-binding';

// The only file that knows Electron's main process: a window, the IPC bridge to the backend, a save dialog.
// A packed app never loads a page named by the environment (policy.ts).
const devUrl = devServerUrl(app.isPackaged, process.env.ELECTRON_RENDERER_URL);
const rendererFile = join(import.meta.dirname, '../renderer/index.html');
const isLocalAppUrl = appUrlMatcher(devUrl, rendererFile);

const fileToSaveSchema = z.object({
  fileName: z.string().min(1).max(255),
  mimeType: z.string().max(200),
  base64: z.string().max(1_000_000_000),
});

const choiceSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('local') }),
  z.object({ mode: z.literal('server'), url: z.string().max(2000) }),
]);

// The backend answers from a worker thread, so a long import or export never holds up the window (issue 15).
let backend: BackendClient | undefined;
let mainWindow: BrowserWindow | undefined;
/** Until start() reads the stored choice, the app is on this computer. */
let connection: ConnectionInfo = { connection: { mode: 'local' }, chosen: false };

/** IPC is answered only for our own window showing our own page (or the chosen server's). */
const fromOurWindow = (event: IpcMainInvokeEvent) =>
  mainWindow !== undefined &&
  event.sender === mainWindow.webContents &&
  bridgeAllowed(connection.connection, isLocalAppUrl)(event.senderFrame?.url ?? '');

function createWindow(): void {
  mainWindow = new BrowserWindow({
    width: 1400,
    height: 900,
    title: 'Homeward',
    show: false,
    webPreferences: {
      preload: join(import.meta.dirname, '../preload/index.cjs'),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
    },
  });
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  // The page holds the close while minutes are still being saved (beforeunload); ask rather than fail silently.
  mainWindow.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(mainWindow!, {
      type: 'warning',
      buttons: ['Stay and let it save', 'Close without saving'],
      defaultId: 0,
      cancelId: 0,
      title: 'Minutes not saved yet',
      message: 'Some minutes have not been saved yet.',
      detail:
        'Stay a moment so Homeward can save them. Closing now loses what was typed since the last save.',
    });
    if (choice === 1) event.preventDefault();
  });
  const page = startPage(connection.connection);
  // At the first start the app opens on Settings, where the choice of this computer or a server is made.
  const hash = connection.chosen ? '/' : '/settings';
  if ('url' in page) void mainWindow.loadURL(page.url);
  else if (devUrl) void mainWindow.loadURL(`${devUrl}#${hash}`);
  else void mainWindow.loadFile(rendererFile, { hash });
}

installSecurityPolicy(
  (url) => navigationAllowed(connection.connection, isLocalAppUrl)(url),
  (url) =>
    policyAppliesTo(connection.connection, url) ? contentSecurityPolicy(connection.connection) : null,
);

/** A second start of the app focuses the window already open instead of opening the database again. */
function focusExistingWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

/**
 * Makes the data folder private and takes its lock file, which `npm run serve` and the CLI honour too (the
 * single-instance lock only keeps out a second copy of the app). Answers false, having told the user, if another
 * process holds it.
 */
function claimDataDir(dataDir: string): boolean {
  prepareDataDir(dataDir);
  try {
    lockDataDir(dataDir, 'the Homeward app');
    return true;
  } catch (error) {
    if (!(error instanceof DataDirInUse)) throw error;
    dialog.showErrorBox('Homeward cannot open its data', error.message);
    return false;
  }
}

if (!app.requestSingleInstanceLock()) app.quit();
else {
  app.on('second-instance', focusExistingWindow);
  void app.whenReady().then(start);
}

async function start(): Promise<void> {
  const dataDir = process.env.HOMEWARD_DATA_DIR ?? app.getPath('userData');
  if (!claimDataDir(dataDir)) {
    app.quit();
    return;
  }
  backend = await startBackendWorker({
    dataDir,
    databaseKey: desktopDatabaseKey(dataDir),
    nativeBinding: electronSqliteBinding({
      isPackaged: app.isPackaged,
      resourcesPath: process.resourcesPath,
      appPath: app.getAppPath(),
      electronVersion: process.versions.electron,
    }),
  });
  connection = await backend.connection();
  ipcMain.handle('homeward:connection', (event) => (fromOurWindow(event) ? connection : null));
  ipcMain.handle('homeward:chooseConnection', async (event, raw: unknown) => {
    const parsed = choiceSchema.safeParse(raw);
    if (!fromOurWindow(event) || !parsed.success) return { ok: false, message: 'Refused.' };
    let choice = parsed.data;
    if (choice.mode === 'server') {
      const url = parseServerUrl(choice.url);
      if (!url.ok) return { ok: false, message: `The server address ${url.message}.` };
      const ready = await checkServer(url.url);
      if (!ready.ok) return ready;
      choice = { mode: 'server', url: url.url };
    }
    await backend!.connection(choice);
    // A restart opens the window on the new choice with a clean page, cookies and policy.
    setTimeout(() => {
      app.relaunch();
      app.quit();
    }, 300);
    return { ok: true };
  });
  ipcMain.handle('homeward:call', (event, method: unknown, payload: unknown) => {
    // Against a server the page speaks to the server; the local database answers nothing.
    if (!fromOurWindow(event) || typeof method !== 'string' || connection.connection.mode === 'server') {
      return { ok: false, error: { code: 'forbidden', message: 'Refused: not from the Homeward window.' } };
    }
    return backend!.call(method, payload);
  });
  ipcMain.handle('homeward:saveFile', async (event, raw: unknown) => {
    const parsed = fileToSaveSchema.safeParse(raw);
    if (!fromOurWindow(event) || !mainWindow || !parsed.success) return false;
    const file: FileToSave = parsed.data;
    // Only a bare, safe file name is suggested; where it goes is the user's choice in the dialog.
    const choice = await dialog.showSaveDialog(mainWindow, {
      defaultPath: safeFileName(basename(file.fileName)),
    });
    if (choice.canceled || !choice.filePath) return false;
    await writeFile(choice.filePath, Buffer.from(file.base64, 'base64'));
    return true;
  });
  createWindow();
}

app.on('window-all-closed', () => {
  void (backend?.close() ?? Promise.resolve()).finally(() => app.quit());
});
