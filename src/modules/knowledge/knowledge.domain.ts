/** An article is seen by families only once published; a draft is the editors' own. */
export const ARTICLE_STATUSES = ['draft', 'published'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

/** How often an article is reviewed, in months: the editor picks one of these. */
export const REVIEW_INTERVALS = [3, 6, 12, 24] as const;

export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const SLUG_MAX = 80;
export const TITLE_MAX = 160;
export const SUMMARY_MAX = 400;
export const BODY_MAX = 20_000;
export const KEYWORDS_MAX = 400;
