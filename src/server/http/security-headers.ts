/**
 * Headers sent with every response, static or rendered: no sniffing, no framing, no referrer leak.
 * The Content-Security-Policy here allows only our own origin and no inline script at all; pages
 * get Astro's own policy instead (`security.csp` in astro.config.mjs), which replaces this header
 * and adds the hash of each inline script Astro emits (the island loader). Style attributes of
 * server-rendered islands are allowed by `style-src-attr` only.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; '),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};
