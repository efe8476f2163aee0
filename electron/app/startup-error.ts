/**
 * The kiosk cannot start as asked: its database path or its port cannot be used. One sentence
 * naming the path or port, the cause and what to do; the CLI exits with code 2, as for a usage
 * error, because the fix is in how the kiosk is started (another --db or --port, or a freed disk).
 */
export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupError';
  }
}
