// In-page previews from bytes the console fetched itself: PDFs drawn by pdf.js, images from a blob: URL.
import { contentOf } from "./api.js";

let pdfjs;
let current;

async function loadPdfJs() {
  if (!pdfjs) {
    pdfjs = await import("/console/vendor/pdf.min.mjs");
    pdfjs.GlobalWorkerOptions.workerSrc = "/console/vendor/pdf.worker.min.mjs";
  }
  return pdfjs;
}

function el(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** Forgets the previous preview's object URL. */
export function clearPreview(box) {
  if (current) URL.revokeObjectURL(current);
  current = null;
  box.replaceChildren();
}

function downloadLink(blob, filename, text) {
  current = URL.createObjectURL(blob);
  return el("a", { href: current, download: filename, className: "button-link" }, text);
}

async function renderPdf(box, blob) {
  const lib = await loadPdfJs();
  const data = new Uint8Array(await blob.arrayBuffer());
  const pdf = await lib.getDocument({ data, isEvalSupported: false, disableFontFace: false }).promise;
  const pages = Math.min(pdf.numPages, 5);
  if (pages === 0) {
    box.append(el("p", { className: "muted" }, "This PDF has no pages."));
    return;
  }
  for (let n = 1; n <= pages; n++) {
    const page = await pdf.getPage(n);
    const viewport = page.getViewport({ scale: 1.5 });
    const canvas = el("canvas", { width: Math.floor(viewport.width), height: Math.floor(viewport.height) });
    canvas.className = "pdf-page";
    canvas.setAttribute("role", "img");
    canvas.setAttribute("aria-label", `Page ${n} of ${pdf.numPages}`);
    box.append(canvas);
    await page.render({ canvasContext: canvas.getContext("2d"), viewport }).promise;
    canvas.dataset.rendered = "true";
  }
  if (pdf.numPages > pages) {
    box.append(el("p", { className: "muted small" }, `Showing the first ${pages} of ${pdf.numPages} pages.`));
  }
}

function renderImage(box, blob, filename) {
  current = URL.createObjectURL(blob);
  const img = el("img", { src: current, alt: `Preview of ${filename}`, className: "fit" });
  const natural = el("button", { type: "button", className: "ghost small-button" }, "Natural size");
  natural.setAttribute("aria-pressed", "false");
  natural.addEventListener("click", () => {
    const on = img.classList.toggle("fit");
    natural.setAttribute("aria-pressed", String(!on));
  });
  box.append(el("div", { className: "preview-tools" }, natural), el("div", { className: "image-frame" }, img));
}

/** Shows the document in {@code box}; a type the page cannot show is offered as a download. */
export async function showPreview(box, entityId, doc) {
  clearPreview(box);
  // a PDF fills the box: its height is kept from the start, so the review form does not jump
  box.classList.toggle("pdf", (doc.mime_type || "").toLowerCase() === "application/pdf");
  box.setAttribute("aria-busy", "true");
  box.append(el("p", { className: "muted" }, "Loading preview…"));
  try {
    const blob = await contentOf(entityId, doc.id);
    box.replaceChildren();
    const type = (doc.mime_type || blob.type || "").toLowerCase();
    if (type === "application/pdf") {
      await renderPdf(box, blob);
    } else if (/^image\/(png|jpeg|gif|webp|bmp)$/.test(type)) {
      renderImage(box, blob, doc.filename);
    } else {
      box.append(el("p", {}, "This type of file cannot be shown here."),
        downloadLink(blob, doc.filename, `Download ${doc.filename}`));
    }
  } catch (e) {
    box.classList.remove("pdf");
    box.replaceChildren(el("p", { className: "error" }, `The preview could not be loaded: ${e.message}`));
  } finally {
    box.removeAttribute("aria-busy");
  }
}
