import { QueryClient, isServer } from '@tanstack/react-query';

function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Server-rendered data is fresh on arrival; refetch only when it may have changed.
        staleTime: 30_000,
        retry: (failureCount, error) => failureCount < 2 && !(error instanceof Error && 'status' in error),
      },
    },
  });
}

let browserQueryClient: QueryClient | undefined;

/** A new client per server request; one for the whole life of the page in the browser. */
export function getQueryClient(): QueryClient {
  if (isServer) return makeQueryClient();
  browserQueryClient ??= makeQueryClient();
  return browserQueryClient;
}
