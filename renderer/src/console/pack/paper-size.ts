// The paper the pack prints on: `@page { size: … }` in a stylesheet of its own, adopted by the
// document while the Paperwork tab is open. Built through the CSSOM, which the page's
// Content-Security-Policy (style-src 'self') allows, unlike an inline <style>.
import { useEffect } from 'react';

export const PAPER_SIZES = ['a4', 'letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

/** The @page rule for a paper size (margins leave room for any printer's unprintable edge). */
export function pageRule(paper: PaperSize): string {
  return `@page { size: ${paper === 'a4' ? 'A4' : 'letter'} portrait; margin: 15mm 16mm; }`;
}

export function usePaperSize(paper: PaperSize): void {
  useEffect(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(pageRule(paper));
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [paper]);
}
