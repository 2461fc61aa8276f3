// Secrets kept at rest (an organisation's HelloAsso client secret and signature key): sealed with
// AES-256-GCM under the server's key before they reach the database, opened only where they are
// used, never answered by the API nor logged. The key comes from TUTTI_SECRETS_KEY; without it,
// the embedded mode generates one on first use and keeps it in its data folder
// (`secrets.key`, readable by the server's user only); tests use a random key per app.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Config } from './config';

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const SECRETS_KEY_BYTES = 32;

export type SecretBox = {
  /** `v1.<iv>.<tag>.<ciphertext>` (base64url): a new random IV for every seal. */
  seal(plain: string): string;
  /** The plain text, or null when the value was sealed under another key or was altered. */
  open(sealed: string): string | null;
};

/** A key written as 64 hexadecimal digits or as base64 of 32 bytes; null when neither. */
export function parseSecretsKey(text: string): Buffer | null {
  const trimmed = text.trim();
  if (/^[0-9a-f]{64}$/i.test(trimmed)) return Buffer.from(trimmed, 'hex');
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(trimmed)) return null;
  const bytes = Buffer.from(trimmed, 'base64');
  return bytes.length === SECRETS_KEY_BYTES ? bytes : null;
}

export function secretBox(key: Buffer): SecretBox {
  if (key.length !== SECRETS_KEY_BYTES) throw new Error('A secrets key has 32 bytes');
  return {
    seal(plain) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      const parts = [iv, cipher.getAuthTag(), body].map((part) => part.toString('base64url'));
      return [VERSION, ...parts].join('.');
    },
    open(sealed) {
      const [version, iv, tag, body, ...rest] = sealed.split('.');
      if (version !== VERSION || !iv || !tag || body === undefined || rest.length > 0) return null;
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
        const authTag = Buffer.from(tag, 'base64url');
        if (authTag.length !== TAG_BYTES) return null;
        decipher.setAuthTag(authTag);
        const plain = Buffer.concat([
          decipher.update(Buffer.from(body, 'base64url')),
          decipher.final(),
        ]);
        return plain.toString('utf8');
      } catch {
        return null;
      }
    },
  };
}

/** Reads the key file, or creates it (owner-only) when there is none yet. */
function keyFromFile(path: string): Buffer {
  try {
    const key = parseSecretsKey(readFileSync(path, 'utf8'));
    if (!key) throw new Error(`${path} does not hold a secrets key (32 bytes, base64 or hex)`);
    return key;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(dirname(path), { recursive: true });
  try {
    // 'wx': two processes starting together keep the first one's key.
    writeFileSync(path, `${randomBytes(SECRETS_KEY_BYTES).toString('base64')}\n`, {
      mode: 0o600,
      flag: 'wx',
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return keyFromFile(path);
}

const boxes = new WeakMap<Config['secrets'], SecretBox>();

/** The server's box, made once per configuration (the key file is read or created then). */
export function secretBoxOf(config: Pick<Config, 'secrets'>): SecretBox {
  let box = boxes.get(config.secrets);
  if (!box) {
    const { key, keyFile } = config.secrets;
    box = secretBox(key ?? (keyFile ? keyFromFile(keyFile) : randomBytes(SECRETS_KEY_BYTES)));
    boxes.set(config.secrets, box);
  }
  return box;
}
