'use client';

import { ErrorNotice } from '@/components/layout/error-notice';

/** A failure while rendering a signed-in page: the header stays, the page says what happened. */
export default function ErrorPage(props: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorNotice {...props} />;
}
