import { z } from 'zod';
import {
  MAX_PHOTO_BYTES,
  part2Schema,
  philomenaPart1Schema,
  philomenaPart3Schema,
  profileShareSchema,
  type Part2Entry,
  type PhilomenaPart1,
  type PhilomenaPart3,
  type PhotoType,
  type ProfileShare,
} from '../domain/philomena';
import { apiId } from './text';
import type { FileToSave } from './index';

/** A previous episode as Part 1 shows it: the chronology's facts, never typed again. */
export interface PreviousEpisode {
  episodeId: string;
  category: string;
  reportedAt: string;
  foundAt: string | null;
  whereFound: string | null;
}

export interface PhilomenaProfile {
  childId: string;
  part1: PhilomenaPart1;
  part2: Part2Entry[];
  /** null until Part 1 is first saved; every save of Parts 1 and 2 is a review. */
  reviewedAt: string | null;
  reviewedBy: string | null;
  /** The London date the next review is due; null until first saved. */
  reviewDueOn: string | null;
  shares: Array<ProfileShare & { recordedAt: string; recordedBy: string }>;
  photo: { mimeType: PhotoType; byteSize: number; uploadedAt: string } | null;
  previousEpisodes: PreviousEpisode[];
}

export interface PhilomenaIncident {
  episodeId: string;
  childId: string;
  part3: PhilomenaPart3;
  /** null until Part 3 is first saved. */
  updatedAt: string | null;
  updatedBy: string | null;
}

export const philomenaSchemas = {
  /** The child's Parts 1 and 2, the photograph's details, the SPOC shares and the chronology's history. */
  'philomena.get': z.object({ childId: apiId }),
  'philomena.save': z.object({
    childId: apiId,
    part1: philomenaPart1Schema,
    part2: part2Schema,
  }),
  'philomena.recordShare': z.object({ childId: apiId, share: profileShareSchema }),
  /** The photograph as base64; its type is read from its bytes and must match. */
  'philomena.setPhoto': z.object({
    childId: apiId,
    mimeType: z.string().max(100),
    // Twice the limit, so a file a little over it reaches the handler's message with its own size.
    base64: z.string().max(Math.ceil((MAX_PHOTO_BYTES * 8) / 3), 'is larger than 5 MB'),
  }),
  'philomena.removePhoto': z.object({ childId: apiId }),
  'philomena.photo': z.object({ childId: apiId }),
  'philomena.getIncident': z.object({ episodeId: apiId }),
  'philomena.saveIncident': z.object({ episodeId: apiId, part3: philomenaPart3Schema }),
  /** Parts 1 to 3 as one Word document for the police, from a missing episode. */
  'philomena.export': z.object({ episodeId: apiId }),
};

export interface PhilomenaOutputs {
  'philomena.get': PhilomenaProfile;
  'philomena.save': PhilomenaProfile;
  'philomena.recordShare': PhilomenaProfile;
  'philomena.setPhoto': PhilomenaProfile;
  'philomena.removePhoto': PhilomenaProfile;
  'philomena.photo': { mimeType: PhotoType; base64: string } | null;
  'philomena.getIncident': PhilomenaIncident;
  'philomena.saveIncident': PhilomenaIncident;
  'philomena.export': FileToSave;
}
