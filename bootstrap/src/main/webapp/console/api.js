// The API calls the console makes, with the key from this tab's session storage, never from a URL.
const KEY = "dossier.console.key";

export const session = {
  key: () => sessionStorage.getItem(KEY),
  save: (key) => sessionStorage.setItem(KEY, key),
  forget: () => sessionStorage.removeItem(KEY),
};

export class ApiError extends Error {
  constructor(status, detail) {
    super(detail || `The server answered ${status}.`);
    this.status = status;
  }
}

async function detailOf(resp) {
  try {
    const body = await resp.json();
    if (body && typeof body.detail === "string") return body.detail;
    if (body && body.details && body.details.reason) return body.details.reason;
    if (body && typeof body.error === "string") return body.error;
    const first = body && Object.values(body)[0];
    if (Array.isArray(first)) return first.join(" ");
  } catch (e) {
    // not JSON: the status says enough
  }
  return "";
}

export async function call(path, { method = "GET", body, key = session.key() } = {}) {
  const headers = { Authorization: `Bearer ${key}`, Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const resp = await fetch(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    cache: "no-store",
    credentials: "omit",
    referrerPolicy: "no-referrer",
  });
  if (!resp.ok) throw new ApiError(resp.status, await detailOf(resp));
  return resp.status === 204 ? null : resp.json();
}

export const bare = (id) => String(id).replace(/^urn:uuid:/, "");

export const entities = () => call("/api/v1/entities/?limit=1000").then((r) => r.entities);

export const libraryDocuments = (entityId) =>
  call(`/api/v1/entities/${bare(entityId)}/documents/?limit=1000`).then((r) => r.documents);

const business = (entityId) => `/v1/businesses/${bare(entityId)}/documents`;

export async function businessDocuments(entityId) {
  const all = [];
  for (let offset = 0; ; offset += 100) {
    const page = await call(`${business(entityId)}?limit=100&offset=${offset}`);
    all.push(...page.documents);
    if (all.length >= page.total_count || page.documents.length === 0) return all;
  }
}

export const businessDocument = (entityId, docId) => call(`${business(entityId)}/${bare(docId)}`);
export const history = (entityId, docId) => call(`${business(entityId)}/${bare(docId)}/history`);
export const verify = (entityId, docId) =>
  call(`${business(entityId)}/${bare(docId)}/verify`, { method: "POST", body: {} });
export const reject = (entityId, docId, reason) =>
  call(`${business(entityId)}/${bare(docId)}/reject`, { method: "POST", body: { reason } });

/**
 * The document's bytes, through a single-use link the console asks for itself (GET on the document issues a fresh
 * one), so no link a reviewer handed to someone else is spent. The link is fetched on this origin whatever host
 * the server wrote into it.
 */
export async function contentOf(entityId, docId) {
  const doc = await businessDocument(entityId, docId);
  const link = new URL(doc.download_url, location.href);
  const resp = await fetch(link.pathname + link.search, {
    cache: "no-store", credentials: "omit", referrerPolicy: "no-referrer",
  });
  if (!resp.ok) throw new ApiError(resp.status, await detailOf(resp));
  return resp.blob();
}
