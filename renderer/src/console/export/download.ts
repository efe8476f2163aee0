// Saves a file the kiosk built as a file the browser downloads: a Blob behind a temporary link
// with the kiosk's file name. The text is saved exactly as it came (no byte-order mark added):
// a signed bundle's signature covers its exact bytes.
export function saveText(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy by the time the click returns; a moment later is safe anyway.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The kiosk's CSV (the counts, the conditions record). */
export function saveCsv(filename: string, csv: string): void {
  saveText(filename, csv, 'text/csv;charset=utf-8');
}
