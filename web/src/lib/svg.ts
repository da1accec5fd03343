// Helpers for showing the free engine's animated SVG "video": inline (to pause it) or as a still (thumbnails).

export const reducedMotion = (): boolean => typeof matchMedia === "function" && matchMedia("(prefers-reduced-motion: reduce)").matches;

async function svgText(url: string, signal?: AbortSignal): Promise<string> {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new Error(`${response.status}`);
  return response.text();
}

/** The file parsed as SVG, without anything that could run (scripts, handlers, foreign content), named `label`. */
export async function sanitizedSvg(url: string, label: string, signal?: AbortSignal): Promise<SVGSVGElement> {
  const doc = new DOMParser().parseFromString(await svgText(url, signal), "image/svg+xml");
  const root = doc.documentElement;
  if (root.namespaceURI !== "http://www.w3.org/2000/svg" || root.localName !== "svg") throw new Error("not an SVG");
  for (const el of [...root.querySelectorAll("script, foreignObject, iframe, object, embed")]) el.remove();
  for (const el of [root, ...root.querySelectorAll("*")]) {
    for (const attr of [...el.attributes]) {
      if (/^on/i.test(attr.name) || (/href$/i.test(attr.name) && !attr.value.startsWith("#"))) el.removeAttribute(attr.name);
    }
  }
  if (!root.hasAttribute("viewBox") && root.getAttribute("width") && root.getAttribute("height")) {
    root.setAttribute("viewBox", `0 0 ${parseFloat(root.getAttribute("width")!)} ${parseFloat(root.getAttribute("height")!)}`);
  }
  root.removeAttribute("aria-labelledby");
  root.setAttribute("role", "img");
  root.setAttribute("aria-label", label);
  return document.importNode(root, true) as unknown as SVGSVGElement;
}

/**
 * A still of an animated SVG (its first frame) as an object URL, for thumbnails under reduced motion: every SMIL
 * animation is stretched so long that it never leaves its first value. The caller revokes the URL.
 */
export async function stillSvgUrl(url: string, signal?: AbortSignal): Promise<string> {
  const text = (await svgText(url, signal)).replace(/(<animate\w*\b[^>]*?\s)dur="[^"]*"/g, '$1dur="100000000s"');
  return URL.createObjectURL(new Blob([text], { type: "image/svg+xml" }));
}
