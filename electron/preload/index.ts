import { contextBridge, ipcRenderer } from 'electron';
import type { ApiInput, ApiMethod, ApiOutput, ApiResult, HomewardApi } from '../../shared/api';

// Exposes only the typed API, never ipcRenderer itself: the page can call the backend's methods and nothing else.
const api: HomewardApi = {
  call: <K extends ApiMethod>(method: K, input: ApiInput<K>) =>
    ipcRenderer.invoke('homeward:call', method, input) as Promise<ApiResult<ApiOutput<K>>>,
  saveFile: (file) => ipcRenderer.invoke('homeward:saveFile', file) as Promise<boolean>,
};

contextBridge.exposeInMainWorld('homeward', api);
