// The reviewer console: sign in with a key, browse entities and documents, preview, verify or reject.
import * as api from "./api.js";
import { $, el, day, moment, typeName, statusBadge, reviewFailure, signInFailure } from "./views.js";
import { showPreview, clearPreview } from "./preview.js";

const state = { entities: [], entity: null, documents: [], doc: null };

function show(view) {
  for (const id of ["sign-in-view", "entities-view", "expiring-view"]) $(id).hidden = id !== view;
  const signedIn = view !== "sign-in-view";
  $("nav").hidden = !signedIn;
  $("sign-out").hidden = !signedIn;
  $("tab-entities").setAttribute("aria-pressed", String(view === "entities-view"));
  $("tab-expiring").setAttribute("aria-pressed", String(view === "expiring-view"));
}

async function signIn(event) {
  event.preventDefault();
  const key = $("api-key").value.trim();
  const error = $("sign-in-error");
  error.textContent = "";
  if (!key) {
    error.textContent = "Enter an API key.";
    $("api-key").focus();
    return;
  }
  try {
    await api.call("/api/v1/entities/?limit=1", { key });
  } catch (e) {
    error.textContent = signInFailure(e);
    $("api-key").setAttribute("aria-invalid", "true");
    $("api-key").focus();
    return;
  }
  api.session.save(key);
  $("api-key").value = "";
  $("api-key").removeAttribute("aria-invalid");
  await openEntities();
}

function signOut() {
  api.session.forget();
  clearPreview($("preview"));
  Object.assign(state, { entities: [], entity: null, documents: [], doc: null });
  $("entity-list").replaceChildren();
  $("entity-search").value = "";
  $("reason").value = "";
  $("documents-body").replaceChildren();
  $("expiring-body").replaceChildren();
  $("detail").hidden = true;
  show("sign-in-view");
  $("api-key").focus();
}

async function openEntities() {
  show("entities-view");
  try {
    state.entities = await api.entities();
  } catch (e) {
    if (e.status === 401) return signOut();
    $("entity-count").textContent = `Entities could not be loaded: ${e.message}`;
    return;
  }
  renderEntities();
  $("entity-search").focus();
}

function renderEntities() {
  const query = $("entity-search").value.trim().toLowerCase();
  const shown = state.entities.filter((e) => e.name.toLowerCase().includes(query));
  $("entity-count").textContent = `${shown.length} of ${state.entities.length} entities`;
  $("entity-list").replaceChildren(...shown.map((entity) => {
    const button = el("button", { type: "button", className: "row-button" },
      el("span", { className: "name" }, entity.name),
      el("span", { className: "muted small" }, `${entity.entity_type} · since ${day(entity.created_at)}`));
    button.setAttribute("aria-current", String(state.entity?.id === entity.id));
    button.addEventListener("click", () => openEntity(entity));
    return el("li", {}, button);
  }));
}

async function openEntity(entity) {
  state.entity = entity;
  state.doc = null;
  $("detail").hidden = true;
  clearPreview($("preview"));
  renderEntities();
  $("documents-title").textContent = `Documents of ${entity.name}`;
  $("documents-empty").textContent = "Loading…";
  $("documents-empty").hidden = false;
  $("documents-table").hidden = true;
  try {
    const [business, library] = await Promise.all([
      api.businessDocuments(entity.id), api.libraryDocuments(entity.id),
    ]);
    const expiry = new Map(library.map((d) => [d.id, d.expiry_date]));
    state.documents = business.map((d) => ({ ...d, expiry_date: expiry.get(api.bare(d.id)) ?? null }));
  } catch (e) {
    $("documents-empty").textContent = `Documents could not be loaded: ${e.message}`;
    return;
  }
  renderDocuments();
}

/** A table cell that names its column, shown beside the value when the table stacks on a narrow screen. */
function cell(column, content, className = "") {
  const td = el("td", { className }, content);
  td.dataset.label = column;
  return td;
}

function renderDocuments() {
  const status = $("status-filter").value;
  const shown = state.documents.filter((d) => !status || d.status === status);
  $("documents-empty").hidden = shown.length > 0;
  $("documents-empty").textContent = status ? `No ${status} documents.` : "This entity has no documents.";
  $("documents-table").hidden = shown.length === 0;
  $("documents-body").replaceChildren(...shown.map((doc) => {
    const link = el("button", { type: "button", className: "link" }, doc.filename);
    link.addEventListener("click", () => openDocument(doc));
    const row = el("tr", {}, cell("File", link), cell("Type", typeName(doc.type)),
      cell("Status", statusBadge(doc.status)), cell("Expiry", day(doc.expiry_date), "date"),
      cell("Uploaded", day(doc.created_at), "date"));
    if (state.doc && state.doc.id === doc.id) row.className = "selected";
    return row;
  }));
}

function renderFacts(doc) {
  const facts = [
    ["Status", statusBadge(doc.status)], ["Type", typeName(doc.type)], ["Expiry", day(doc.expiry_date)],
    ["Uploaded", moment(doc.created_at)], ["Size", `${Math.max(1, Math.round(doc.size_bytes / 1024))} KB`],
  ];
  if (doc.rejection_reason) facts.push(["Reason", doc.rejection_reason]);
  $("detail-facts").replaceChildren(...facts.flatMap(([k, v]) => [el("dt", {}, k), el("dd", {}, v)]));
  // only a pending document can be reviewed: the others show their outcome instead of the form
  const pending = doc.status === "pending";
  $("review-form").hidden = !pending;
  $("review-done").hidden = pending;
  const when = doc.verified_at || doc.rejected_at || doc.updated_at;
  $("review-done").textContent = pending ? "" : `This document is ${doc.status} (since ${moment(when)}).`;
}

async function renderHistory(doc) {
  const list = $("history");
  try {
    const h = await api.history(state.entity.id, doc.id);
    list.replaceChildren(...h.events.map((e) => el("li", {},
      el("span", { className: "when" }, moment(e.changed_at)),
      el("span", {}, e.from_status ? `${e.from_status} → ` : "", statusBadge(e.to_status)),
      el("span", { className: "muted small" }, e.changed_by || "someone"),
      e.reason ? el("q", {}, e.reason) : null)));
    if (h.events.length === 0) list.replaceChildren(el("li", { className: "muted" }, "No changes yet."));
  } catch (e) {
    list.replaceChildren(el("li", { className: "error" }, `History could not be loaded: ${e.message}`));
  }
}

async function openDocument(doc) {
  state.doc = doc;
  renderDocuments();
  $("detail").hidden = false;
  $("detail-title").textContent = doc.filename;
  $("review-message").hidden = true;
  $("reason").value = "";
  renderFacts(doc);
  $("detail-title").setAttribute("tabindex", "-1");
  $("detail-title").focus();
  await Promise.all([showPreview($("preview"), state.entity.id, doc), renderHistory(doc)]);
}

function say(text, kind) {
  const message = $("review-message");
  message.textContent = text;
  message.className = `message ${kind}`;
  message.hidden = false;
  message.scrollIntoView({ block: "nearest" });
}

async function refreshDocument() {
  const fresh = await api.businessDocument(state.entity.id, state.doc.id);
  updated(fresh);
}

function updated(fresh) {
  const doc = { ...fresh, expiry_date: state.doc.expiry_date };
  state.doc = doc;
  state.documents = state.documents.map((d) => (d.id === doc.id ? doc : d));
  renderFacts(doc);
  renderDocuments();
  return renderHistory(doc);
}

async function review(action) {
  const doc = state.doc;
  const reason = $("reason").value.trim();
  if (action === "reject" && !reason) {
    say("Give a reason to reject this document.", "error");
    $("reason").setAttribute("aria-invalid", "true");
    $("reason").focus();
    return;
  }
  $("reason").removeAttribute("aria-invalid");
  try {
    const fresh = action === "verify"
      ? await api.verify(state.entity.id, doc.id)
      : await api.reject(state.entity.id, doc.id, reason);
    say(action === "verify" ? "Verified." : "Rejected.", "ok");
    $("reason").value = "";
    await updated(fresh);
  } catch (e) {
    say(reviewFailure(e, action), "error");
    if (e.status === 409) await refreshDocument().catch(() => {});
  }
}

function daysLeft(expiry, todayIso) {
  const days = Math.round((Date.parse(expiry) - Date.parse(todayIso)) / 86400000);
  return days === 0 ? "today" : days === 1 ? "1 day" : `${days} days`;
}

async function openExpiring() {
  show("expiring-view");
  const status = $("expiring-status");
  status.textContent = "Looking through every entity's documents…";
  $("expiring-table").hidden = true;
  const today = new Date();
  const todayIso = today.toISOString().slice(0, 10);
  const limitIso = new Date(today.getTime() + 30 * 86400000).toISOString().slice(0, 10);
  const found = [];
  try {
    if (state.entities.length === 0) state.entities = await api.entities();
    for (const entity of state.entities) {
      for (const d of await api.libraryDocuments(entity.id)) {
        if (d.expiry_date && d.expiry_date >= todayIso && d.expiry_date <= limitIso) found.push({ d, entity });
      }
    }
  } catch (e) {
    status.textContent = `The list could not be made: ${e.message}`;
    return;
  }
  found.sort((a, b) => a.d.expiry_date.localeCompare(b.d.expiry_date));
  const count = found.length === 1 ? "1 document expires" : `${found.length} documents expire`;
  status.textContent = found.length ? `${count} by ${day(limitIso)}.` : "No document expires within 30 days.";
  $("expiring-table").hidden = found.length === 0;
  $("expiring-body").replaceChildren(...found.map(({ d, entity }) => {
    const link = el("button", { type: "button", className: "link" }, d.name);
    link.addEventListener("click", async () => {
      show("entities-view");
      await openEntity(entity);
      const doc = state.documents.find((x) => api.bare(x.id) === d.id);
      if (doc) await openDocument(doc);
    });
    return el("tr", {}, cell("File", link), cell("Entity", entity.name),
      cell("Type", d.document_type_name || "—"), cell("Expiry", day(d.expiry_date), "date"),
      cell("Left", daysLeft(d.expiry_date, todayIso), "date"));
  }));
}

$("sign-in-form").addEventListener("submit", signIn);
$("sign-out").addEventListener("click", signOut);
$("entity-search").addEventListener("input", renderEntities);
$("status-filter").addEventListener("change", renderDocuments);
$("verify").addEventListener("click", () => review("verify"));
$("review-form").addEventListener("submit", (e) => { e.preventDefault(); review("reject"); });
$("tab-entities").addEventListener("click", () => { show("entities-view"); $("entity-search").focus(); });
$("tab-expiring").addEventListener("click", openExpiring);
$("detail-close").addEventListener("click", () => {
  $("detail").hidden = true;
  clearPreview($("preview"));
  state.doc = null;
  renderDocuments();
});

if (api.session.key()) {
  openEntities();
} else {
  show("sign-in-view");
}
