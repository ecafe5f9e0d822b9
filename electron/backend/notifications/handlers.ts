import type { Handlers } from '../handler';
import { recordNotification } from './record';

export const notificationsHandlers: Handlers<'notifications.record'> = {
  'notifications.record': (input, ctx) => recordNotification(ctx, input),
};
