// Plain values, no zod: what client components may import (the schemas beside it stay on the
// server; decision 043). The schema module re-exports them.
/** The longest a link may live: a year, so forgotten links do not stay public for ever. */
export const MAX_SHARE_LINK_DAYS = 365;

/** Form data from the sharing controls: a date (yyyy-mm-dd) or nothing; the link expires at its end. */
export function expiryFromDateInput(value: string): string | null {
  if (!value) return null;
  return `${value}T23:59:59Z`;
}
