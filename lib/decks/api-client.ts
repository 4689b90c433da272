// The deck pages talk to the JSON API (README "Decks") with the session cookie:
// one client helper so every call reads errors the same way.
export type TApiFailure = {
  status: number;
  message: string;
  errors?: { file: string; line: number; message: string }[];
};

export async function callApi<T>(
  url: string,
  init: { method: string; body?: unknown; form?: FormData },
): Promise<{ ok: true; data: T } | { ok: false; error: TApiFailure }> {
  const res = await fetch(url, {
    method: init.method,
    ...(init.form
      ? { body: init.form }
      : init.body !== undefined
        ? { body: JSON.stringify(init.body), headers: { "content-type": "application/json" } }
        : {}),
  }).catch(() => null);
  if (!res)
    return {
      ok: false,
      error: { status: 0, message: "The server could not be reached. Nothing was saved; try again." },
    };
  const json = (await res.json().catch(() => ({}))) as Record<string, unknown>;
  if (res.ok) return { ok: true, data: json as T };
  const err = json.error as { message?: string } | string | undefined;
  const message = typeof err === "string" ? err : (err?.message ?? `The request failed (${res.status}).`);
  return {
    ok: false,
    error: {
      status: res.status,
      message,
      ...(Array.isArray(json.errors) ? { errors: json.errors as TApiFailure["errors"] } : {}),
    },
  };
}
