import type { ApiMethod } from '../../shared/api';
import { appHandlers } from './app/handlers';
import { childrenHandlers } from './children/handlers';
import { episodesHandlers } from './episodes/handlers';
import { exportsHandlers } from './exports/handlers';
import { meetingsHandlers } from './meetings/handlers';
import { importExportHandlers } from './importExport/handlers';
import type { Handlers } from './handler';

/** Every API method's handler; the type makes a method without a handler a compile error. */
export const handlers: Handlers<ApiMethod> = {
  ...appHandlers,
  ...childrenHandlers,
  ...episodesHandlers,
  ...exportsHandlers,
  ...meetingsHandlers,
  ...importExportHandlers,
};
