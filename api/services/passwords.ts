import { createHmac, hkdfSync } from 'node:crypto';
import bcrypt from 'bcrypt';
import { AppError } from '../../shared/errors';
import { COMMON_PASSWORDS } from './common-passwords';

/** The cost ASVS Appendix C asks for at minimum 10; 12 is ~0.2–0.35 s here, off the event loop. */
export const BCRYPT_COST = 12;
export const MIN_PASSWORD_CHARS = 12;
/** Upper bound on what we accept at all: the HMAC makes length harmless, this only caps request work. */
export const MAX_PASSWORD_CHARS = 1024;

export type Passwords = {
  /** Throws 400 weak_password when the password is too short or common. */
  checkPolicy(password: string): void;
  hash(password: string): Promise<string>;
  verify(password: string, storedHash: string): Promise<boolean>;
  /**
   * Spends the same bcrypt work as `verify` against a throw-away hash and returns false, so a
   * login for an unknown e-mail takes as long as a wrong password for a known one (ASVS 6.3.8).
   */
  verifyDummy(password: string): Promise<false>;
  /** Computes the throw-away hash ahead of the first login, so that login is not slower either. */
  warmUp(): Promise<void>;
};

/**
 * Password hashing: HMAC-SHA-256 under a key derived from the master key, base64, then native
 * bcrypt. bcrypt reads only the first 72 bytes, so without the pre-hash two long passwords that
 * share a 72-byte prefix would be the same password, and a 64-character multibyte password would
 * be cut (ASVS 6.2.8, 6.2.9). The 44-character base64 digest always fits. The key also means a
 * stolen database alone cannot be brute-forced offline.
 *
 * Passwords are compared exactly as received except for Unicode NFC, so "é" typed as one code
 * point or as e + combining accent is the same password.
 */
export function createPasswords(masterKey: Buffer, opts: { cost?: number } = {}): Passwords {
  const cost = opts.cost ?? BCRYPT_COST;
  const pepper = Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'veil/password-prehash/v1', 32));
  const prehash = (password: string) => createHmac('sha256', pepper).update(password.normalize('NFC'), 'utf8').digest('base64');
  let dummy: Promise<string> | null = null;
  const dummyHash = () => (dummy ??= bcrypt.hash(prehash('veil-dummy-password'), cost));

  return {
    checkPolicy(password) {
      const chars = [...password.normalize('NFC')].length;
      if (chars < MIN_PASSWORD_CHARS) throw new AppError('weak_password', `password must be at least ${MIN_PASSWORD_CHARS} characters`);
      if (chars > MAX_PASSWORD_CHARS) throw new AppError('weak_password', `password must be at most ${MAX_PASSWORD_CHARS} characters`);
      if (COMMON_PASSWORDS.has(password.normalize('NFC').toLowerCase())) {
        throw new AppError('weak_password', 'this password appears in lists of common or breached passwords; choose another');
      }
    },
    hash: (password) => bcrypt.hash(prehash(password), cost),
    verify: (password, storedHash) => bcrypt.compare(prehash(password), storedHash),
    async verifyDummy(password) {
      await bcrypt.compare(prehash(password), await dummyHash());
      return false;
    },
    warmUp: async () => void (await dummyHash()),
  };
}
