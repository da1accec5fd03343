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

/** Where in the loop a still is taken: early frames are often blank (scenes fade in), mid-loop shows the scene. */
export const STILL_AT = 0.4;

/** The loop's length in seconds (every animation of the free engine shares one clock), or 0 when there is none. */
export function loopSeconds(svg: Element): number {
  const dur = svg.querySelector("animate, animateTransform, animateMotion")?.getAttribute("dur") ?? "";
  const s = parseFloat(dur);
  return Number.isFinite(s) ? s : 0;
}

/**
 * A still of an animated SVG as an object URL, for thumbnails under reduced motion: every SMIL animation is
 * stretched a million times and started STILL_AT of the way into its loop, so it shows that frame and does not
 * visibly move. The caller revokes the URL.
 */
export async function stillSvgUrl(url: string, signal?: AbortSignal): Promise<string> {
  const text = (await svgText(url, signal)).replace(/<(animate\w*)\b([^>]*?)\sdur="([\d.]+)s"/g, (_, tag: string, attrs: string, dur: string) => {
    const long = Number(dur) * 1e6;
    return `<${tag}${attrs} begin="-${long * STILL_AT}s" dur="${long}s"`;
  });
  return URL.createObjectURL(new Blob([text], { type: "image/svg+xml" }));
}
