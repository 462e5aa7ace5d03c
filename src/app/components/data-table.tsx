import type { ReactNode } from 'react';
import { TableRegion } from './staff-form.tsx';

/**
 * A staff page's list as a table: its caption names both the table and the region that scrolls it
 * sideways (so a screen reader and a keyboard find it by the same words), one column header a
 * column. A column given as `false` is left out: one the signed-in person has nothing to do in.
 */
export function DataTable({
  caption,
  columns,
  className,
  children,
}: {
  caption: string;
  columns: (ReactNode | false)[];
  className?: string;
  /** The rows of the table's body. */
  children: ReactNode;
}) {
  return (
    <TableRegion label={caption}>
      <table className={className}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map(
              (column, i) =>
                column !== false && (
                  <th key={i} scope="col">
                    {column}
                  </th>
                ),
            )}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </TableRegion>
  );
}
