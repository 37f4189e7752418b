import { z } from "zod";

export const paginationQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type Pagination = z.output<typeof paginationQuery>;

/** The shape of every list the API returns. */
export function paginated<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

export function offsetOf(p: Pagination): number {
  return (p.page - 1) * p.pageSize;
}

/**
 * The page a list page asks for (`?page=&pageSize=`): a missing or bad value falls back to its
 * default, so a hand-edited address still shows a page. The one parser of every paginated page.
 */
export function pageQuery(query: (name: string) => string | undefined, defaultPageSize = 20): Pagination {
  const schema = z.object({
    page: z.coerce.number().int().min(1).catch(1),
    pageSize: z.coerce.number().int().min(1).max(100).catch(defaultPageSize),
  });
  return schema.parse({ page: query("page") ?? 1, pageSize: query("pageSize") ?? defaultPageSize });
}
