import { DEFAULT_PAGE_SIZE } from './http/api-contract.ts';

/** A page of a list, whichever module lists it. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface PageRequest {
  page?: number | undefined;
  pageSize?: number | undefined;
}

/** The page asked for, with its SQL limit and offset. */
export function paging(request: PageRequest) {
  const page = request.page ?? 1;
  const pageSize = request.pageSize ?? DEFAULT_PAGE_SIZE;
  return { page, pageSize, limit: pageSize, offset: (page - 1) * pageSize };
}
