// The two settings of the signed counts bundles, read back as the kiosk will check them: the site
// HR groups the kiosk under (SiteNameSchema) and the folder it writes its bundles to every day
// (BundleFolderSchema, '' for never). The schemas decide; their English issues are only sorted
// here into problems the console names in the page's language.
import { BundleFolderSchema, SiteNameSchema } from '@contract/bundle.js';

/** SiteNameSchema's longest name (the field takes a little more, so the message can say why). */
export const SITE_NAME_MAX = 40;
/** BundleFolderSchema's longest path (as above). */
export const BUNDLE_FOLDER_MAX = 500;

/** What is wrong with the site's name. */
export type SiteProblem = 'empty' | 'long' | 'formula' | 'control';
/** What is wrong with the daily folder: not a full path, too long, or a control character. */
export type FolderProblem = 'relative' | 'long' | 'control';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

/** The site's name as it will be stored (trimmed), or what is wrong with it. */
export function readSiteName(text: string): { value: string } | { problem: SiteProblem } {
  const parsed = SiteNameSchema.safeParse(text);
  if (parsed.success) return { value: parsed.data };
  const trimmed = text.trim();
  if (trimmed === '') return { problem: 'empty' };
  if (CONTROL.test(trimmed)) return { problem: 'control' };
  if (/^[=+\-@]/.test(trimmed)) return { problem: 'formula' };
  return { problem: 'long' };
}

/** The daily folder as it will be stored (trimmed; '' = off), or what is wrong with it. */
export function readBundleFolder(text: string): { value: string } | { problem: FolderProblem } {
  const parsed = BundleFolderSchema.safeParse(text);
  if (parsed.success) return { value: parsed.data };
  const trimmed = text.trim();
  if (CONTROL.test(trimmed)) return { problem: 'control' };
  if (trimmed.length > BUNDLE_FOLDER_MAX) return { problem: 'long' };
  return { problem: 'relative' };
}
