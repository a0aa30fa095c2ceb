import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { PdfFonts } from '../domain/pdf/model.ts';

/**
 * The Inter TTFs (SIL Open Font License) for server-side PDFs, read once from
 * `@expo-google-fonts/inter` in node_modules and kept for the life of the process.
 */

const require = createRequire(import.meta.url);

const FONT_FILES = {
  regular: '@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf',
  bold: '@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf',
} as const;

let fontsPromise: Promise<PdfFonts> | undefined;

async function readFonts(): Promise<PdfFonts> {
  const [regular, bold] = await Promise.all([
    readFile(require.resolve(FONT_FILES.regular)),
    readFile(require.resolve(FONT_FILES.bold)),
  ]);
  return { regular: new Uint8Array(regular), bold: new Uint8Array(bold) };
}

/** The two font weights as bytes; a failed read is not cached, so the next call retries. */
export function loadPdfFonts(): Promise<PdfFonts> {
  fontsPromise ??= readFonts().catch((error: unknown) => {
    fontsPromise = undefined;
    throw error;
  });
  return fontsPromise;
}
