import boldUrl from '@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf?url';
import regularUrl from '@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf?url';
import type { PdfFonts } from '../../domain/pdf/model.ts';

/**
 * The Inter TTFs for PDFs made in the browser. Vite emits them as hashed assets; they are fetched
 * only when someone asks for a PDF, then kept for the page's lifetime.
 */

let fontsPromise: Promise<PdfFonts> | undefined;

async function fetchFont(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`font download failed (${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}

/** The two font weights as bytes; a failed download is not cached, so a retry works. */
export function loadBrowserPdfFonts(): Promise<PdfFonts> {
  fontsPromise ??= Promise.all([fetchFont(regularUrl), fetchFont(boldUrl)]).then(
    ([regular, bold]) => ({ regular, bold }),
    (error: unknown) => {
      fontsPromise = undefined;
      throw error;
    },
  );
  return fontsPromise;
}
