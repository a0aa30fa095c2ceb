import { useEffect } from 'react';

/**
 * Reloads the page when its fragment changes: the fragment holds the token, and opening another
 * private link of the same page in this tab changes only the fragment (no new page load), so the
 * page must read its new token.
 */
export function useReloadOnHashChange(): void {
  useEffect(() => {
    const reload = () => window.location.reload();
    window.addEventListener('hashchange', reload);
    return () => window.removeEventListener('hashchange', reload);
  }, []);
}
