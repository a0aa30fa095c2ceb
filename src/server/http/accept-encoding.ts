/** The content codings the server keeps ready-made answers in, and none. */
export type ContentCoding = 'br' | 'gzip' | 'identity';

/** A quality value (RFC 9110 §12.4.2): 0 to 1 with at most three decimals. */
const QUALITY = /^q=(0(\.\d{0,3})?|1(\.0{0,3})?)$/i;

/**
 * The coding to send a body in, from a request's `Accept-Encoding` (RFC 9110 §12.5.3): brotli or
 * gzip, whichever the client rates higher (brotli when equal, it is smaller), `*` standing for any
 * coding not named; `identity` when neither is acceptable (`q=0`) or the header is absent, as the
 * compression middleware does. An entry with a malformed quality is ignored.
 */
export function preferredCoding(header: string | null | undefined): ContentCoding {
  if (!header) return 'identity';
  const quality = new Map<string, number>();
  for (const entry of header.split(',')) {
    const [name = '', ...params] = entry.split(';').map((part) => part.trim());
    const coding = name.toLowerCase() === 'x-gzip' ? 'gzip' : name.toLowerCase();
    if (!coding) continue;
    const q = params.find((param) => /^q=/i.test(param));
    if (q !== undefined && !QUALITY.test(q)) continue;
    quality.set(coding, q === undefined ? 1 : Number(q.slice(2)));
  }
  const rate = (coding: string) => quality.get(coding) ?? quality.get('*') ?? 0;
  const br = rate('br');
  const gzip = rate('gzip');
  if (Math.max(br, gzip) <= 0) return 'identity';
  return br >= gzip ? 'br' : 'gzip';
}
