import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new record's public id and its secret token (both 128 bits of randomness or more). */
export interface Credentials {
  /** Goes in URLs; unguessable. */
  id: string;
  /** Given once to the owner; only its hash is stored. */
  token: string;
  /** What the store keeps. */
  tokenHash: string;
}

/** Random url-safe string of `bytes` random bytes. */
function randomId(bytes: number): string {
  return randomBytes(bytes).toString('base64url');
}

/** SHA-256 of a token, hex: tokens are random, so no salt or slow hash is needed. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Makes the id and secret token of a new record: 128-bit id, 256-bit token. */
export function newCredentials(): Credentials {
  const token = randomId(32);
  return { id: randomId(16), token, tokenHash: hashToken(token) };
}

/** Compares a presented token with a stored hash in constant time. */
export function tokenMatches(token: string | undefined, storedHash: string): boolean {
  if (!token) return false;
  const presented = Buffer.from(hashToken(token), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}

/** The token of an `Authorization: Bearer <token>` header, if any. */
export function bearerToken(request: Request): string | undefined {
  const header = request.headers.get('authorization') ?? '';
  const match = /^Bearer\s+([A-Za-z0-9_-]{16,200})$/.exec(header.trim());
  return match?.[1];
}

/** Shape of the ids `newCredentials` makes; anything else is an unknown id without a lookup. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;
