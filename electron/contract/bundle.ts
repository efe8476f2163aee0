// Signed counts bundles: what a kiosk hands HR for the multi-site roll-up (`kiosk rollup`). A
// bundle is JSON Lines (UTF-8, LF): a header line, one line per local day of hourly counts, one
// line per day of the conditions record, and a last line holding an Ed25519 signature over every
// byte before it. Counts and durations only: nothing about any person. The format is documented
// for warehouses in docs/bundle-format.md; these schemas are its definition.
import { z } from 'zod';
import { ConditionsDaySchema } from './conditions.js';
import { LocalDateSchema } from './schemas.js';
import { SiteNameSchema } from './settings.js';

// The two settings' schemas live with the settings; named here too, beside the format they feed.
export { BundleFolderSchema, SiteNameSchema } from './settings.js';

export const BUNDLE_FORMAT = 'thermal-kiosk-counts';
/** Bumped when a line changes meaning; a roll-up refuses versions it does not know. */
export const BUNDLE_FORMAT_VERSION = 1;
/** File names end so, so a folder's other files are told apart (and listed as such). */
export const BUNDLE_EXTENSION = '.kcb.jsonl';
/** One kiosk cannot give more than one verdict a second: more in an hour is not a kiosk's count. */
export const MAX_HOURLY_COUNT = 3600;
/** The longest range one bundle covers (a year and a day, the daily folder writes a month). */
export const MAX_BUNDLE_DAYS = 367;

/** base32 (RFC 4648) of the first 20 bytes of SHA-256(public key, SPKI DER), in groups of 4. */
export const FingerprintSchema = z
  .string()
  .regex(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){7}$/, 'expected a fingerprint like ABCD-EFGH-… (8 groups)');

const Count = z.number().int().min(0).max(MAX_HOURLY_COUNT);
/** 24 local hours; null where the hour had not ended when the bundle was written. */
const Hours = z.array(Count.nullable()).length(24);

export const BundleHeaderSchema = z
  .object({
    type: z.literal('header'),
    format: z.literal(BUNDLE_FORMAT),
    version: z.number().int().min(1),
    /** The kiosk software that wrote it (semver). */
    software: z.string().regex(/^\d+\.\d+\.\d+$/),
    /** When it was written: UTC, and the kiosk's local date-time (its days are local days). */
    createdAt: z.iso.datetime(),
    createdLocal: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/),
    site: SiteNameSchema,
    kiosk: z.string().min(1).max(40),
    /** Random, made with the key at first start: which install, never which person. */
    installId: z.uuid(),
    /** The signing key, SPKI DER in base64; HR registers its fingerprint. */
    publicKey: z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/),
    from: LocalDateSchema,
    to: LocalDateSchema,
  })
  .strict();
export type BundleHeader = z.infer<typeof BundleHeaderSchema>;

export const BundleDaySchema = z
  .object({
    type: z.literal('day'),
    date: LocalDateSchema,
    pass: Hours,
    refer: Hours,
    retry: Hours,
    confirmed: Hours,
    notConfirmed: Hours,
    declined: Hours,
  })
  .strict();
export type BundleDay = z.infer<typeof BundleDaySchema>;
export const HOURLY_FIELDS = [
  'pass',
  'refer',
  'retry',
  'confirmed',
  'notConfirmed',
  'declined',
] as const;
export type HourlyField = (typeof HOURLY_FIELDS)[number];

/** The daily conditions record (contract/conditions.ts) of one date, without the kiosk's name. */
export const BundleConditionsSchema = ConditionsDaySchema.omit({ kiosk: true })
  .extend({ type: z.literal('conditions') })
  .strict();
export type BundleConditions = z.infer<typeof BundleConditionsSchema>;

export const BundleSignatureSchema = z
  .object({
    type: z.literal('signature'),
    algorithm: z.literal('Ed25519'),
    /** Over the exact UTF-8 bytes of every line before this one, their LFs included. */
    value: z.string().regex(/^[A-Za-z0-9+/]{86}==$/),
  })
  .strict();

/** What the console shows so HR can register the kiosk, and the daily folder's state. */
export const BundleIdentitySchema = z.object({
  fingerprint: FingerprintSchema,
  installId: z.uuid(),
  kiosk: z.string(),
  site: z.string(),
  /** The daily folder ('' = off), the last bundle written there (local date-time), and why the
   * last attempt failed (null: it did not). */
  folder: z.string(),
  lastWritten: z.string().nullable(),
  folderProblem: z.string().nullable(),
});
export type BundleIdentity = z.infer<typeof BundleIdentitySchema>;

export const BundleFileSchema = z.object({
  /** e.g. Head-office_Kiosk-1_2026-11-01_2026-11-30.kcb.jsonl */
  filename: z.string(),
  text: z.string(),
  days: z.number().int().nonnegative(),
});
export type BundleFile = z.infer<typeof BundleFileSchema>;
