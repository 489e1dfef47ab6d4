// Small DOM helpers and the words the console shows for the API's answers.

export const $ = (id) => document.getElementById(id);

export function el(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children.filter((c) => c !== null && c !== undefined));
  return node;
}

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric" });
const timeFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit",
});

export const day = (iso) => (iso ? dateFormat.format(new Date(iso.length === 10 ? `${iso}T00:00:00` : iso)) : "—");
export const moment = (iso) => (iso ? timeFormat.format(new Date(iso)) : "—");

export const typeName = (type) => (type ? type.replaceAll("_", " ") : "—");

export function statusBadge(status) {
  return el("span", { className: `badge ${status || "unknown"}` }, status || "unknown");
}

/** What a failed review means to the reviewer, in plain words. */
export function reviewFailure(error, action) {
  switch (error.status) {
    case 401:
      return "Your API key is no longer accepted (it may have been revoked or has expired). Sign out and sign in with a valid key.";
    case 403:
      return `You cannot ${action} documents with this API key: it does not have the "review" permission. `
        + "Ask an administrator for a key with the review scope.";
    case 404:
      return "This document no longer exists; it may have been deleted.";
    case 409:
      return "This document has already been reviewed (perhaps by someone else) and is no longer pending, "
        + "so it cannot be changed. Its current status and history are shown.";
    case 400:
      return `The request was refused: ${error.message}`;
    default:
      return `Something went wrong (${error.status || "network"}): ${error.message}`;
  }
}

export function signInFailure(error) {
  if (error.status === 401) return "That API key was not accepted. Check that you copied all of it.";
  if (error.status === 403) return "This API key cannot read documents (it lacks the documents scope).";
  return `Could not reach Dossier: ${error.message}`;
}
