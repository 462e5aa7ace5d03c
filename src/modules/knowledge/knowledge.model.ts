import type { I18nText } from '../../platform/i18n-text.ts';
import type { ArticleStatus } from './knowledge.domain.ts';

/** An article in a list: what a family sees before opening it. */
export interface ArticleSummary {
  id: string;
  slug: string;
  title: I18nText;
  summary: I18nText;
  reviewedOn: string;
}

/** A published article as the family page shows it. */
export interface ArticleDetail extends ArticleSummary {
  /** Sanitised HTML per language. */
  body: I18nText;
  organization: { id: string; name: I18nText };
  categories: { code: string; name: I18nText }[];
  lifeSituations: { code: string; name: I18nText }[];
  services: { id: string; name: I18nText }[];
}

/** What an editor writes: the use case checks and cleans it (the body is sanitised). */
export interface ArticleInput {
  slug: string;
  organizationId: string;
  reviewerPersonId: string;
  status: ArticleStatus;
  title: I18nText;
  summary: I18nText;
  body: I18nText;
  keywords: I18nText | null;
  reviewedOn: string;
  reviewIntervalMonths: number;
  categoryCodes: string[];
  lifeSituationCodes: string[];
  serviceIds: string[];
}

/** An article on the editor's desk. */
export interface ArticleForEditing extends ArticleInput {
  id: string;
  version: number;
  ownerPersonId: string;
  ownerName: string;
  reviewerName: string;
  reviewDue: string;
  /** What the reader may do with it, by action name. */
  permittedActions: string[];
}

/** A row of the editors' list. */
export interface ArticleListItem {
  id: string;
  slug: string;
  title: I18nText;
  status: ArticleStatus;
  organizationName: I18nText;
  ownerName: string;
  reviewDue: string;
}

/** What the article form offers to choose from, as far as the editor reaches. */
export interface ArticleFormChoices {
  organizations: { id: string; name: I18nText }[];
  /** People who may review: members of the editor's organisations and their region's coordinators. */
  reviewers: { id: string; name: string }[];
  categories: { code: string; parentCode: string | null; name: I18nText }[];
  lifeSituations: { code: string; name: I18nText }[];
}
