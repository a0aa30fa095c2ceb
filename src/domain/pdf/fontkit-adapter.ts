import * as fontkit from 'fontkit';

/**
 * Lets pdf-lib use upstream fontkit 2 instead of `@pdf-lib/fontkit`, whose subsets render blank
 * glyphs with Inter (tech notes G7). pdf-lib calls `fontkit.create()` and, when subsetting,
 * `subset.encodeStream()`, which fontkit 2 removed; it is emulated here with `subset.encode()`.
 */

type Listener = (chunk?: Uint8Array | Error) => void;

/** A minimal readable-stream look-alike that emits the encoded bytes once, on a microtask. */
function streamOf(produce: () => Uint8Array) {
  const listeners: Record<string, Listener[]> = { data: [], end: [], error: [] };
  const emitter = {
    on(event: string, listener: Listener) {
      (listeners[event] ??= []).push(listener);
      return emitter;
    },
  };
  // A microtask (plain ECMAScript, no host `queueMicrotask`): listeners attach first.
  void Promise.resolve().then(() => {
    try {
      const bytes = produce();
      for (const listener of listeners['data'] ?? []) listener(bytes);
      for (const listener of listeners['end'] ?? []) listener();
    } catch (error) {
      for (const listener of listeners['error'] ?? []) listener(error as Error);
    }
  });
  return emitter;
}

interface EncodableSubset {
  encode(): Uint8Array;
  encodeStream?: () => ReturnType<typeof streamOf>;
}

/** Parsed fonts by their bytes: parsing Inter takes longer than laying out a whole page. */
const parsedFonts = new WeakMap<Uint8Array, fontkit.Font>();

/**
 * Glyphs for a string from the font's character map, without OpenType shaping. pdf-lib asks the
 * font for a layout only to get glyph ids and advance widths; fontkit's full shaping (GSUB and
 * GPOS lookups) took about four fifths of the render time and, for the Latin text of our
 * documents, changes nothing but a few kerning pairs. Ligatures are not substituted, which also
 * keeps copied text exact ("fi" stays two letters).
 */
function layoutWithoutShaping(font: fontkit.Font, text: string) {
  return { glyphs: font.glyphsForString(text) };
}

/** The object to pass to `PDFDocument.registerFontkit()`. */
export const fontkitAdapter = {
  create(data: Uint8Array | ArrayBuffer) {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    const cached = parsedFonts.get(bytes);
    if (cached) return cached;
    const font = fontkit.create(bytes as unknown as Buffer) as fontkit.Font;
    const createSubset = font.createSubset.bind(font);
    Object.assign(font, {
      createSubset() {
        const subset = createSubset() as unknown as EncodableSubset;
        subset.encodeStream = () => streamOf(() => subset.encode());
        return subset;
      },
      layout: (text: string) => layoutWithoutShaping(font, text),
    });
    parsedFonts.set(bytes, font);
    return font;
  },
};
