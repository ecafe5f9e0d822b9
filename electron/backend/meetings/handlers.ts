import { meetingHandlers } from './meetingHandlers';
import { runHandlers } from './runHandlers';
import { trackingHandlers } from './trackingHandlers';

/** Meetings, run mode, action tracking and agenda templates. */
export const meetingsHandlers = { ...meetingHandlers, ...runHandlers, ...trackingHandlers };
