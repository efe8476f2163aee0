// The kiosk's bundle signing key: an Ed25519 key pair and a random install id, made at first start
// and kept in the settings table. Not personal: it names an install, never a person. Whoever holds
// the kiosk's database can sign as the kiosk, so the database stays on the kiosk.
import {
  createPrivateKey,
  generateKeyPairSync,
  randomUUID,
  sign,
  type KeyObject,
} from 'node:crypto';
import { z } from 'zod';
import type { SettingsStore } from '../records/settings-store.js';
import { fingerprintOf } from './fingerprint.js';

const IDENTITY_KEY = 'bundle.identity';

const StoredIdentitySchema = z
  .object({
    installId: z.uuid(),
    /** PKCS#8 DER, base64. */
    privateKey: z.string().min(1),
    /** SPKI DER, base64. */
    publicKey: z.string().min(1),
  })
  .strict();

export interface SigningIdentity {
  installId: string;
  /** SPKI DER, base64: written into every bundle's header. */
  publicKey: string;
  fingerprint: string;
  /** An Ed25519 signature of the bytes, base64. */
  sign(bytes: Uint8Array): string;
}

function fromStored(stored: z.infer<typeof StoredIdentitySchema>): SigningIdentity {
  const key: KeyObject = createPrivateKey({
    key: Buffer.from(stored.privateKey, 'base64'),
    format: 'der',
    type: 'pkcs8',
  });
  return {
    installId: stored.installId,
    publicKey: stored.publicKey,
    fingerprint: fingerprintOf(stored.publicKey),
    sign: (bytes) => sign(null, bytes, key).toString('base64'),
  };
}

/** The stored identity, or null when none was made yet (or it is damaged). */
export function loadIdentity(settings: Pick<SettingsStore, 'get'>): SigningIdentity | null {
  const parsed = StoredIdentitySchema.safeParse(settings.get(IDENTITY_KEY));
  if (!parsed.success) return null;
  try {
    return fromStored(parsed.data);
  } catch {
    return null; // a key that no longer parses is no key
  }
}

/** The stored identity, made and stored first if there is none. A damaged one is replaced: HR
 * then sees a new fingerprint, which is safer than signing with a key nobody can check. */
export function ensureIdentity(settings: Pick<SettingsStore, 'get' | 'set'>): SigningIdentity {
  const existing = loadIdentity(settings);
  if (existing) return existing;
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const stored = {
    installId: randomUUID(),
    privateKey: privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
    publicKey: publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
  };
  settings.set(IDENTITY_KEY, stored);
  return fromStored(stored);
}
