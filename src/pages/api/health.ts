import type { APIRoute } from 'astro';
import { json } from '../../server/http/api.ts';

export const prerender = false;

/** Liveness probe: `{ "status": "ok" }` once the server answers. */
export const GET: APIRoute = () => json({ status: 'ok' });
