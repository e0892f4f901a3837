'use client';

import { ErrorNotice } from '@/components/layout/error-notice';

// Catches what the segments' own boundaries cannot: a failure in a layout, such as the signed-in
// layout finding the database out of reach while it reads the member for the header.
export default function RootError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorNotice {...props} />;
}
