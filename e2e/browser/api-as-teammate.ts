// The JSON API, called the way a teammate's script would, to set up or change data while a
// journey runs in the browser.
export async function callApi<T>(baseURL: string, token: string, method: string, path: string, body: unknown): Promise<T> {
  const response = await fetch(`${baseURL}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  // A deletion answers 204 with no body.
  return (response.status === 204 ? undefined : await response.json()) as T;
}
