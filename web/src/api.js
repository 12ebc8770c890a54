// JSON API client (docs/api.md).

/** get fetches an API path and returns its JSON, throwing the API's error message. */
export async function get(path, params) {
  const url = new URL(path, window.location.origin);
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== undefined && v !== null && v !== "") url.searchParams.set(k, v);
  }
  const res = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(body.error || `${res.status} ${res.statusText}`);
  return body;
}

/** eventPath is the detail path of an event id ("doc#3"). */
export function eventPath(id) {
  return "/api/events/" + encodeURIComponent(id);
}
