import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  isAllowedDocumentUrl,
  isAllowedRendererUrl,
  isAllowedRequest,
  isOwnBlobUrl,
} from '../../electron/app/url-policy.js';

const page = 'kiosk://app/index.html';
const file = (p: string): string => pathToFileURL(p).href;

describe('Electron renderer URL policy', () => {
  it("allows the kiosk's own origin, kiosk://app", () => {
    expect(isAllowedRendererUrl(page)).toBe(true);
    expect(isAllowedRendererUrl('kiosk://app/assets/index-abc.js')).toBe(true);
  });

  it('blocks remote content, other kiosk:// hosts and every file:// URL (audit L5)', () => {
    expect(isAllowedRendererUrl('https://example.com/tracker.js')).toBe(false);
    expect(isAllowedRendererUrl('http://127.0.0.1:8080/')).toBe(false);
    expect(isAllowedRendererUrl('kiosk://evil/index.html')).toBe(false);
    expect(isAllowedRendererUrl('kiosk://app:1/index.html')).toBe(false);
    // The renderer is served over kiosk:// only: not even its own folder loads from file://.
    expect(isAllowedRendererUrl(file('/opt/kiosk/dist/renderer/index.html'))).toBe(false);
    expect(isAllowedRendererUrl(file('/etc/passwd'))).toBe(false);
    expect(isAllowedDocumentUrl(file('/opt/kiosk/dist/renderer/index.html'))).toBe(false);
    expect(isAllowedRequest(file('/opt/kiosk/dist/renderer/index.html'), 'mainFrame')).toBe(false);
  });

  it('allows only blobs the page made itself (the CSV download)', () => {
    expect(isAllowedRendererUrl('blob:kiosk://app/5f1c-4e2a')).toBe(true);
    expect(isOwnBlobUrl('blob:kiosk://app/5f1c-4e2a')).toBe(true);
    expect(isOwnBlobUrl('blob:kiosk://evil/5f1c-4e2a')).toBe(false);
    expect(isOwnBlobUrl('blob:file:///5f1c-4e2a')).toBe(false);
    expect(isOwnBlobUrl('blob:null/5f1c-4e2a')).toBe(false);
    expect(isOwnBlobUrl('blob:https://example.com/5f1c')).toBe(false);
    expect(isOwnBlobUrl('https://example.com/counts.csv')).toBe(false);
  });

  it('never loads data: or blob: as a page or frame, which could then call the kiosk API (audit L6)', () => {
    expect(isAllowedDocumentUrl(page)).toBe(true);
    expect(isAllowedDocumentUrl('data:text/html,<script>kiosk.call()</script>')).toBe(false);
    expect(isAllowedDocumentUrl('blob:kiosk://app/5f1c-4e2a')).toBe(false);
    expect(isAllowedRequest('data:text/html,<h1>x</h1>', 'mainFrame')).toBe(false);
    expect(isAllowedRequest('data:text/html,<h1>x</h1>', 'subFrame')).toBe(false);
    // As subresources they stay allowed: an image may be a data: URL (img-src allows it).
    expect(isAllowedRequest('data:image/png;base64,AAAA', 'image')).toBe(true);
    expect(isAllowedRequest(page, 'mainFrame')).toBe(true);
    expect(isAllowedRequest('https://example.com/', 'mainFrame')).toBe(false);
  });
});
