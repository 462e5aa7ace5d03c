import { Fragment, type ReactNode } from 'react';

/**
 * Fills `{name}` placeholders with markup: a translated sentence around a database text (which needs
 * `<T>` for its language) or around code. Unknown placeholders stay as written, like `format`.
 */
export function formatNodes(message: string, params: Record<string, ReactNode>): ReactNode {
  return message.split(/(\{\w+\})/).map((part, i) => {
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    return <Fragment key={i}>{name !== undefined && name in params ? params[name] : part}</Fragment>;
  });
}
