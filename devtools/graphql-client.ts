/** The answer to one GraphQL operation over HTTP, with the HTTP status. */
export interface GqlResult<T> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** POSTs one GraphQL operation as a JSON body. */
export async function postGraphQL<T>(
  url: string,
  key: string | null,
  query: string,
  variables?: Record<string, unknown>,
  extraHeaders: Record<string, string> = {},
): Promise<GqlResult<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'user-agent': 'therapyrag-tests', ...extraHeaders };
  if (key !== null) headers['x-api-key'] = key;
  const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as GqlResult<T>;
  return { ...body, status: res.status };
}

/** The first error's extensions.code, for terse assertions. */
export function codeOf(result: GqlResult<unknown>): unknown {
  return result.errors?.[0]?.extensions?.code;
}
