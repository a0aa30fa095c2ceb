import type { campaignRecruiter } from '../../../i18n/fr/campaign-recruiter.ts';
import type { campaign } from '../../../i18n/fr/campaign.ts';
import { createTranslator } from '../../../domain/text/index.ts';
import type { Locale, MessageParams } from '../../../domain/text/index.ts';

/** The strings the recruiter's and interviewers' islands use: their own area and the guide's. */
export type MessageKey = keyof typeof campaignRecruiter | keyof typeof campaign;
export type Messages = Record<MessageKey, string>;

/** A translator over those strings, typed on their keys. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** Builds the typed translator of an island from the strings its page handed it. */
export function translatorOf(locale: Locale, messages: Messages): Translate {
  const t = createTranslator(locale, messages);
  return (key, params) => t(key, params);
}
