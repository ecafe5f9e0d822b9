import { app, BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { mkdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { pathToFileURL } from 'node:url';
import type { FileToSave } from '../../shared/api';
import { createBackend, type Backend } from '../backend/backend';
import { desktopDatabaseKey } from './databaseKey';
import { installSecurityPolicy } from './security';
import { electronSqliteBinding } from './sqlite-binding';

// The only file that knows Electron's main process: a window, the IPC bridge to the backend, a save dialog.
const devServerUrl = process.env.ELECTRON_RENDERER_URL;
const rendererFile = join(import.meta.dirname, '../renderer/index.html');
const isAppUrl = (url: string) =>
  devServerUrl ? url.startsWith(devServerUrl) : url.startsWith(pathToFileURL(rendererFile).href);

const fileToSaveSchema = z.object({
  fileName: z.string().min(1).max(255),
  mimeType: z.string().max(200),
  base64: z.string(),
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
  if (devServerUrl) void mainWindow.loadURL(devServerUrl);
  else void mainWindow.loadFile(rendererFile);
}

installSecurityPolicy(isAppUrl);

void app.whenReady().then(async () => {
  const dataDir = process.env.HOMEWARD_DATA_DIR ?? app.getPath('userData');
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
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
    // Only a bare file name is suggested; where it goes is the user's choice in the dialog.
    const choice = await dialog.showSaveDialog(mainWindow, { defaultPath: basename(file.fileName) });
    if (choice.canceled || !choice.filePath) return false;
    await writeFile(choice.filePath, Buffer.from(file.base64, 'base64'));
    return true;
  });
  createWindow();
});

app.on('window-all-closed', () => {
  void (backend?.close() ?? Promise.resolve()).finally(() => app.quit());
});
