import type { ApiArgs, ApiMethod, ApiOutput } from '../../shared/api';
import type { BackendContext } from './context';

/** A domain's handlers: a typed map from method name to function (Actual's server/<domain>/app.ts). */
export type Handler<K extends ApiMethod> = (
  args: ApiArgs<K>,
  ctx: BackendContext,
) => ApiOutput<K> | Promise<ApiOutput<K>>;
export type Handlers<K extends ApiMethod> = { [M in K]: Handler<M> };
