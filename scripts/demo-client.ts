/** A tiny GraphQL-over-HTTP client for the demo: what a therapist or patient app would send. */
export class DemoClient {
  constructor(
    readonly url: string,
    readonly key: string,
  ) {}

  /** Runs one operation and returns `data`, throwing with the error codes if there were errors. */
  async request<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const res = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': this.key, 'user-agent': 'therapyrag-demo/1.0' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
    if (body.errors?.length) throw new Error(body.errors.map((e) => `${e.extensions?.code}: ${e.message}`).join('; '));
    return body.data as T;
  }
}
