// Lines typed (or piped) on stdin, one at a time, as the command asks for them: a line is taken
// only when asked for, so values piped in all at once wait for their turn. null at the end.
import { createInterface } from 'node:readline';

export class StdinLines {
  private readonly lines: AsyncIterator<string>;
  private readonly close: () => void;

  constructor(input: NodeJS.ReadableStream = process.stdin) {
    const rl = createInterface({ input, crlfDelay: Infinity, terminal: false });
    this.lines = rl[Symbol.asyncIterator]();
    this.close = () => rl.close();
  }

  /** The next line, trimmed; null once stdin has ended. */
  async next(): Promise<string | null> {
    const { value, done } = await this.lines.next();
    return done ? null : String(value).trim();
  }

  end(): void {
    this.close();
  }
}
