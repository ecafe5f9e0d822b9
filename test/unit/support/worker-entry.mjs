// The backend's worker entry for tests: Node runs the TypeScript source through tsx's loader inside the thread.
import { register } from 'tsx/esm/api';

register();
await import('../../../electron/main/backendWorkerEntry.ts');
