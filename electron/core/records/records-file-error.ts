/** A database file the kiosk will not use, with a message that says what to do. */
export class RecordsFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RecordsFileError';
  }
}
