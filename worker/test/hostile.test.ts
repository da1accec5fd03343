import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { api, generate } from "./helpers";

const CLIENT = { "CF-Connecting-IP": "2001:db8:ff::1" };

const HOSTILE = [
  ["closing the svg and opening a script", "</svg><script>alert(1)</script><svg>"],
  ["attribute breakout", '"><img src=x onerror=alert(1)> \'quoted\''],
  ["entities and CDATA", "&amp; &lt;b&gt; &#x3C;script&#x3E; &nosuch; <![CDATA[ ]]> ]]>"],
  ["control characters", "bell\u0007 null\u0000 escape\u001b[31m vertical\u000b form\u000c done"],
  ["long unicode", "数据仪表板 🚀 مرحبا ".repeat(140).slice(0, 2000)],
  ["lone surrogates", "broken \ud800 pair \udfff end"],
  ["xml processing instructions", '<?xml-stylesheet href="http://evil.example/x.xsl"?> <!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]> &x;'],
  ["javascript url", "javascript:alert(1) data:text/html,<script>1</script> xlink:href=http://evil.example"],
] as const;

describe("hostile descriptions produce safe, valid SVG", () => {
  it.each(HOSTILE)("%s", async (_name, description) => {
    const res = await generate({ description, cache: false }, CLIENT);
    expect(res.status).toBe(200);
    const { url, description: echoed } = await res.json<{ url: string; description: string }>();
    expect(echoed).toBe(description.trim());
    const svg = await (await api(new URL(url).pathname)).text();
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).not.toMatch(/<script/i);
    // Inside tags only: escaped user text may legitimately read "onerror=" as words.
    expect(svg).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
    expect(svg).not.toMatch(/<!DOCTYPE|<!ENTITY|<\?xml-stylesheet/i);
    expect(svg).not.toMatch(/<[^>]*(?:href|src)\s*=\s*["'](?:https?:|javascript:|file:|\/\/)/i);
    // eslint-disable-next-line no-control-regex
    expect(svg).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(new TextEncoder().encode(svg).byteLength).toBeLessThanOrEqual(100 * 1024);
  });
});
