/** The Snowball French stemmer of @nlpjs/lang-fr (a CommonJS class without type declarations). */
declare module '@nlpjs/lang-fr/src/stemmer-fr.js' {
  export default class StemmerFr {
    /** The stem of a lower-case word. */
    stem(word: string): string;
  }
}
