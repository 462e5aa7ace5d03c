import { data } from 'react-router';

/** Any path under a language that no page answers. */
export function loader() {
  throw data(null, { status: 404 });
}

export default function NotFound() {
  return null;
}
