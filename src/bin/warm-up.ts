/**
 * Warms the server up after it starts listening: one request to the sourcing helper builds
 * URSSAF's cost engine (about a second) and memoises the default answer, so the first person to
 * use the helper does not wait for it. Failures are ignored: it is only a head start.
 */
export function warmUp(host: string, port: number): void {
  const origin = `http://${host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host}:${port}`;
  for (const locale of ['fr', 'en']) {
    fetch(`${origin}/api/sourcing?locale=${locale}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    })
      .then((response) => response.body?.cancel())
      .catch(() => undefined);
  }
}
