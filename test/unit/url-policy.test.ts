import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  isAllowedDocumentUrl,
  isAllowedRendererUrl,
  isAllowedRequest,
  isOwnBlobUrl,
} from '../../electron/app/url-policy.js';

const dir = '/opt/kiosk/dist/renderer';
const file = (p: string): string => pathToFileURL(p).href;

describe('Electron renderer URL policy', () => {
  it("allows the bundled renderer's own files", () => {
    expect(isAllowedRendererUrl(file(`${dir}/index.html`), dir)).toBe(true);
    expect(isAllowedRendererUrl(file(`${dir}/assets/index-abc.js`), dir)).toBe(true);
  });

  it('blocks remote content, other local files and escapes from the renderer folder', () => {
    expect(isAllowedRendererUrl('https://example.com/tracker.js', dir)).toBe(false);
    expect(isAllowedRendererUrl('http://127.0.0.1:8080/', dir)).toBe(false);
    expect(isAllowedRendererUrl(file('/etc/passwd'), dir)).toBe(false);
    expect(isAllowedRendererUrl(`file://${dir}/../../package.json`, dir)).toBe(false);
    expect(isAllowedRendererUrl(file('/opt/kiosk/dist/renderer-evil/x.js'), dir)).toBe(false);
  });

  it('allows only blobs the page made itself (the CSV download)', () => {
    expect(isAllowedRendererUrl('blob:file:///5f1c-4e2a', dir)).toBe(true);
    expect(isOwnBlobUrl('blob:null/5f1c-4e2a')).toBe(true);
    expect(isOwnBlobUrl('blob:https://example.com/5f1c')).toBe(false);
    expect(isOwnBlobUrl('https://example.com/counts.csv')).toBe(false);
  });

  it('never loads data: or blob: as a page or frame, which could then call the kiosk API (audit L6)', () => {
    const page = file(`${dir}/index.html`);
    expect(isAllowedDocumentUrl(page, dir)).toBe(true);
    expect(isAllowedDocumentUrl('data:text/html,<script>kiosk.call()</script>', dir)).toBe(false);
    expect(isAllowedDocumentUrl('blob:file:///5f1c-4e2a', dir)).toBe(false);
    expect(isAllowedRequest('data:text/html,<h1>x</h1>', 'mainFrame', dir)).toBe(false);
    expect(isAllowedRequest('data:text/html,<h1>x</h1>', 'subFrame', dir)).toBe(false);
    // As subresources they stay allowed: the bundler inlines fonts and icons.
    expect(isAllowedRequest('data:font/woff2;base64,AAAA', 'font', dir)).toBe(true);
    expect(isAllowedRequest(page, 'mainFrame', dir)).toBe(true);
    expect(isAllowedRequest('https://example.com/', 'mainFrame', dir)).toBe(false);
  });
});
