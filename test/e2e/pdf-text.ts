// What a PDF Chromium printed says: its text (pdftotext, Debian's poppler-utils) and its page
// size (pdfinfo), read from a temporary file.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function withFile<T>(pdf: Buffer, read: (file: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-pdf-'));
  try {
    const file = join(dir, 'paper.pdf');
    writeFileSync(file, pdf);
    return read(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The PDF's text, with bidirectional isolates and marks removed (Arabic papers carry them) and
 * every run of white space (a line wrapped on paper, a page break) as one space. */
export function pdfText(pdf: Buffer): string {
  const text = withFile(pdf, (file) =>
    execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }),
  );
  return text.replace(/[\u200e\u200f\u2066-\u2069\u202a-\u202e]/g, '').replace(/\s+/g, ' ');
}

/** Pages and the first page's size in points, e.g. { pages: 3, width: 595.28, height: 841.89 }. */
export function pdfPages(pdf: Buffer): { pages: number; width: number; height: number } {
  const info = withFile(pdf, (file) => execFileSync('pdfinfo', [file], { encoding: 'utf8' }));
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info);
  return { pages, width: Number(size?.[1]), height: Number(size?.[2]) };
}
