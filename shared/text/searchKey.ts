/**
 * The one normaliser for finding a child by name or case reference: case, accents, apostrophe forms (’ ' ʼ ‘ `)
 * and hyphens and dashes do not matter, so "oneill", "O’Neill" and "O'Neill" are the same, as are "DEMO-000001"
 * and "demo000001". The backend stores it with every child (children.search_key) and applies it to the query, so
 * both engines compare the same plain text.
 */
const MARKS = /\p{M}+/gu;
const IGNORED = /['’ʼ‘`´\-‐‑‒–—]/g;

export function searchKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(IGNORED, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** A child's stored key: name both ways round and the case reference, one per line (a query never holds a newline). */
export const childSearchKey = (c: { givenName: string; familyName: string; caseReference: string }): string =>
  [`${c.givenName} ${c.familyName}`, `${c.familyName} ${c.givenName}`, c.caseReference]
    .map(searchKey)
    .join('\n');
