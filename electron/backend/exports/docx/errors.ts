/** A model the builders refuse, because the document it would make must not be sent. Messages name no child. */
export class DocumentModelError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DocumentModelError';
  }
}
