/**
 * The one typed contract between the renderer and the backend. The preload implements it over IPC; the browser
 * adapter over HTTP to the loopback server; both call the same backend, which validates every payload against
 * these schemas before a handler sees it.
 */
import type { z } from 'zod';
import { appSchemas, type AppOutputs } from './app';
import { childrenSchemas, type ChildrenOutputs } from './children';
import { episodesSchemas, type EpisodesOutputs } from './episodes';
import { exportsSchemas, type ExportsOutputs } from './exports';
import { protocolSchemas, type ProtocolOutputs } from './protocol';
import { meetingsSchemas, type MeetingsOutputs } from './meetings';
import { importExportSchemas, type ImportExportOutputs } from './importExport';
import { dashboardSchemas, type DashboardOutputs } from './dashboard';
import { outcomesSchemas, type OutcomesOutputs } from './outcomes';
import { accountsSchemas, type AccountsOutputs } from './accounts';
import { returnInterviewsSchemas, type ReturnInterviewsOutputs } from './returnInterviews';
import { philomenaSchemas, type PhilomenaOutputs } from './philomena';
import { notificationsSchemas, type NotificationsOutputs } from './notifications';
import { riskAssessmentsSchemas, type RiskAssessmentsOutputs } from './riskAssessments';
import { escalationsSchemas, type EscalationsOutputs } from './escalations';
import { statutoryReviewsSchemas, type StatutoryReviewsOutputs } from './statutoryReviews';
import type { ApiResult } from './result';
import { wellFormedDeep } from './text';

const schemas = {
  ...appSchemas,
  ...childrenSchemas,
  ...episodesSchemas,
  ...exportsSchemas,
  ...protocolSchemas,
  ...meetingsSchemas,
  ...importExportSchemas,
  ...dashboardSchemas,
  ...outcomesSchemas,
  ...accountsSchemas,
  ...returnInterviewsSchemas,
  ...philomenaSchemas,
  ...notificationsSchemas,
  ...riskAssessmentsSchemas,
  ...escalationsSchemas,
  ...statutoryReviewsSchemas,
};

type WellFormed<S extends z.ZodType> = z.ZodPipe<S, z.ZodTransform<z.output<S>, z.output<S>>>;

/**
 * Every method's payload, with each string in it made well-formed once valid: a lone surrogate (half of an emoji
 * from a cut-off paste) becomes U+FFFD instead of being stored as text that is not valid UTF-8.
 */
function withWellFormedText<T extends Record<string, z.ZodType>>(
  all: T,
): { [K in keyof T]: WellFormed<T[K]> } {
  const out: Record<string, z.ZodType> = {};
  for (const [name, schema] of Object.entries(all)) out[name] = schema.transform((v) => wellFormedDeep(v));
  return out as { [K in keyof T]: WellFormed<T[K]> };
}

export const apiSchemas = withWellFormedText(schemas);

export type ApiMethod = keyof typeof apiSchemas;
export type ApiOutputs = AppOutputs &
  ChildrenOutputs &
  EpisodesOutputs &
  ExportsOutputs &
  ProtocolOutputs &
  ImportExportOutputs &
  MeetingsOutputs &
  DashboardOutputs &
  OutcomesOutputs &
  AccountsOutputs &
  ReturnInterviewsOutputs &
  PhilomenaOutputs &
  NotificationsOutputs &
  RiskAssessmentsOutputs &
  EscalationsOutputs &
  StatutoryReviewsOutputs;
/** What a caller may send (defaults not yet applied). */
export type ApiInput<K extends ApiMethod> = z.input<(typeof apiSchemas)[K]>;
/** What a handler receives (validated, defaults applied). */
export type ApiArgs<K extends ApiMethod> = z.output<(typeof apiSchemas)[K]>;
export type ApiOutput<K extends ApiMethod> = K extends keyof ApiOutputs ? ApiOutputs[K] : never;

export const isApiMethod = (name: string): name is ApiMethod => Object.hasOwn(apiSchemas, name);

/** A file the backend made for the user to keep (a Word document, a CSV). */
export interface FileToSave {
  fileName: string;
  mimeType: string;
  base64: string;
}

/** What the renderer sees as `window.homeward`. */
export interface HomewardApi {
  call<K extends ApiMethod>(method: K, input: ApiInput<K>): Promise<ApiResult<ApiOutput<K>>>;
  /** A save dialog in Electron, a download in the browser. Resolves false when the user cancels. */
  saveFile(file: FileToSave): Promise<boolean>;
}

export type { ApiResult, ApiError, FieldIssue } from './result';
