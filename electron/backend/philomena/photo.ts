import { MAX_PHOTO_BYTES, PHOTO_TYPES, photoTypeOf, type PhotoType } from '../../../shared/domain/philomena';
import { DomainError } from '../errors';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const megabytes = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;

const refuse = (message: string) =>
  new DomainError('invalid', `${message} Nothing was changed.`, [{ field: 'photo', message }]);

/**
 * The photograph as it will be stored: JPEG or PNG by its own first bytes (a renamed file is caught), not empty,
 * at most 5 MB. Each refusal says what was wrong with the file.
 */
export function checkedPhoto(mimeType: string, base64: string): { mimeType: PhotoType; bytes: Buffer } {
  if (!(PHOTO_TYPES as readonly string[]).includes(mimeType))
    throw refuse(`The photograph must be a JPEG or PNG image, not ${mimeType || 'a file of unknown type'}.`);
  if (!BASE64.test(base64)) throw refuse('The photograph could not be read.');
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length === 0) throw refuse('The photograph is empty.');
  if (bytes.length > MAX_PHOTO_BYTES)
    throw refuse(
      `The photograph is ${megabytes(bytes.length)}; the largest it can be is ${megabytes(MAX_PHOTO_BYTES)}.`,
    );
  const actual = photoTypeOf(bytes);
  if (actual === null)
    throw refuse('The photograph is not a JPEG or PNG image (its contents are something else).');
  if (actual !== mimeType)
    throw refuse(`The photograph says it is ${mimeType} but its contents are ${actual}.`);
  return { mimeType: actual, bytes };
}
