import { app, BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { z } from 'zod';
import type { FileToSave } from '../../shared/api';
import { safeFileName } from '../../shared/api/text';
import { createBackend, type Backend } from '../backend/backend';
import { desktopDatabaseKey } from './databaseKey';
import { prepareDataDir } from '../bin/data-dir';
import { DataDirInUse, lockDataDir } from '../bin/data-lock';
import { appUrlMatcher, devServerUrl } from './policy';
import { installSecurityPolicy } from './security';
import { electronSqliteBinding } from './sqlite-binding';

// The only file that knows Electron's main process: a window, the IPC bridge to the backend, a save dialog.
// A packed app never loads a page named by the environment (policy.ts).
const devUrl = devServerUrl(app.isPackaged, process.env.ELECTRON_RENDERER_URL);
const rendererFile = join(import.meta.dirname, '../renderer/index.html');
const isAppUrl = appUrlMatcher(devUrl, rendererFile);

const fileToSaveSchema = z.object({
  fileName: z.string().min(1).max(255),
  mimeType: z.string().max(200),
  base64: z.string().max(1_000_000_000),
});

let backend: Backend | undefined;
let mainWindow: BrowserWindow | undefined;

/** IPC is answered only for our own window showing our own page. */
const fromOurWindow = (event: IpcMainInvokeEvent) =>
  mainWindow !== undefined &&
  event.sender === mainWindow.webContents &&
  isAppUrl(event.senderFrame?.url ?? '');

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
  if (devUrl) void mainWindow.loadURL(devUrl);
  else void mainWindow.loadFile(rendererFile);
}

installSecurityPolicy(isAppUrl);

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
  backend = await createBackend({
    dataDir,
    databaseKey: desktopDatabaseKey(dataDir),
    nativeBinding: electronSqliteBinding({
      isPackaged: app.isPackaged,
      resourcesPath: process.resourcesPath,
      appPath: app.getAppPath(),
      electronVersion: process.versions.electron,
    }),
  });
  ipcMain.handle('homeward:call', (event, method: unknown, payload: unknown) => {
    if (!fromOurWindow(event) || typeof method !== 'string') {
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
