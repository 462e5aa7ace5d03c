import type { I18nText } from '../../../platform/i18n-text.ts';

/** A demo article as written: texts, links by catalog key (the demo region's stable service keys). */
export interface DemoArticle {
  slug: string;
  title: I18nText;
  summary: I18nText;
  body: I18nText;
  keywords?: I18nText;
  categories: string[];
  lifeSituations: string[];
  /** Service keys of the demo region (`lastenneuvola-mikkeli`). */
  services: string[];
  /** How many days before the load day it was last reviewed: some are due, most are not. */
  reviewedDaysAgo: number;
  reviewIntervalMonths?: number;
}

export const t = (fi: string, sv?: string, en?: string): I18nText => ({ fi, ...(sv ? { sv } : {}), ...(en ? { en } : {}) });
