import { z } from 'zod';

/**
 * In the browser, zod is told not to compile parsers with `new Function`: the site's
 * Content-Security-Policy allows no `eval`, and zod's probe for it would be reported as a CSP
 * violation on every page with a form (issue 16). Imported first by every island entry.
 */
if (typeof window !== 'undefined') z.config({ jitless: true });
