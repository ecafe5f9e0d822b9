import { contextBridge, ipcRenderer } from 'electron';
import type { ApiInput, ApiMethod, ApiOutput, ApiResult, HomewardApi } from '../../shared/api';
import type { ChooseResult, Connection, ConnectionInfo, DesktopBridge } from '../../shared/api/connection';
import { serverCall } from './serverApi';

// Exposes only the typed API, never ipcRenderer itself: the page can call the backend's methods and nothing else.
// On this computer the calls go over IPC to the embedded backend; against a council server, over HTTPS to it.
const connection = ipcRenderer.invoke('homeward:connection') as Promise<ConnectionInfo>;

const api: HomewardApi = {
  call: async <K extends ApiMethod>(method: K, input: ApiInput<K>) => {
    const { connection: c } = await connection;
    if (c.mode === 'server') return serverCall(c.url, method, input) as Promise<ApiResult<ApiOutput<K>>>;
    return ipcRenderer.invoke('homeward:call', method, input) as Promise<ApiResult<ApiOutput<K>>>;
  },
  saveFile: (file) => ipcRenderer.invoke('homeward:saveFile', file) as Promise<boolean>,
};

const desktop: DesktopBridge = {
  connection: () => connection,
  choose: (choice: Connection) =>
    ipcRenderer.invoke('homeward:chooseConnection', choice) as Promise<ChooseResult>,
};

contextBridge.exposeInMainWorld('homeward', api);
contextBridge.exposeInMainWorld('homewardDesktop', desktop);
