// Chat: a conversation with the contact the prompt names, its quoted or listed lines as the messages (else
// a short exchange on the prompt's topic), bubbles that wrap, a header and a composer bar. A phone for
// "chat app", a two-pane messenger on desktop. Video: messages arrive one by one, with a typing indicator.
import { anim, fadeInOut } from "../animate";
import { mix, readableOn } from "../color";
import type { Composer } from "../composer";
import { circle, el, rect, text, textWidth } from "../svg";
import { PEOPLE } from "../words";
import { avatarDot } from "../kinds/ui-parts";
import { fitText, screen, wrapLines } from "./parts";

const TALKS: [RegExp, string[]][] = [
  [/\b(support|help|customer|order|refund|bot|assistant)\b/, ["Hi! How can I help you today?", "My order hasn't arrived yet.", "Sorry about that! Can you share the order number?", "Sure, it's #48213.", "Thanks! It ships today and arrives Friday.", "Perfect, thank you!"]],
  [/\b(dinner|food|lunch|restaurant|pizza|date)\b/, ["Dinner tonight?", "Yes! Where do you want to go?", "That new ramen place on 5th?", "Perfect. 7:30?", "See you there"]],
  [/\b(work|team|project|meeting|deploy|release|standup)\b/, ["Is the release still on for today?", "Yes, tests are green.", "Great, I'll tell the team.", "Deploying at 3pm", "Nice work everyone!"]],
  [/\b(family|mom|mum|dad|birthday|party)\b/, ["Don't forget grandma's birthday on Sunday!", "I won't! Should I bring a cake?", "Yes please, chocolate", "On it. See you at noon?", "Love you"]],
];
const DEFAULT_TALK = ["Hey! Are we still on for tomorrow?", "Yes! 10am at the café?", "Sounds good. I'll bring the slides.", "Great, see you then", "Thumbs up!"];

export const chat: Composer = (ctx) => {
  const { pal, plan, rng } = ctx;
  const sc = screen(ctx);
  const { x, y, w, h, fs, mobile } = sc;
  const contact = plan.name ?? (/\b(bot|assistant|ai)\b/.test(plan.lower) ? "Assistant" : PEOPLE[rng.int(0, PEOPLE.length - 1)]!);
  const own = [...plan.labels, ...plan.list];
  const talk = own.length >= 2 ? own : own.length === 1 ? [own[0]!, ...DEFAULT_TALK.slice(1)] : (TALKS.find(([re]) => re.test(plan.lower))?.[1] ?? DEFAULT_TALK);
  const want = plan.groups.find((g) => /message|text|bubble/.test(g.noun))?.count;
  const msgs = Array.from({ length: Math.max(1, Math.min(12, want ?? talk.length)) }, (_, i) => talk[i % talk.length]!);
  let s = "";
  let px = x, pw = w;
  if (!mobile) {
    // Conversation list.
    const side = Math.min(fs(320), w * 0.3);
    s += rect(x, y, side, h, pal.surface) + rect(x + side, y, 1, h, pal.line) + text(x + fs(24), y + fs(48), "Messages", fs(22), pal.text, { "font-weight": 800 }) +
      rect(x + fs(20), y + fs(68), side - fs(40), fs(36), pal.surface2, { rx: fs(18) }) + text(x + fs(38), y + fs(91), "Search", fs(13), pal.muted);
    for (let i = 0; i < 7; i++) {
      const ry = y + fs(124) + i * fs(72);
      if (ry + fs(64) > y + h) break;
      const who = i === 0 ? contact : PEOPLE[(i * 3 + 1) % PEOPLE.length]!;
      if (i === 0) s += rect(x + fs(10), ry, side - fs(20), fs(64), mix(pal.primary, pal.surface, 0.88), { rx: fs(10) });
      s += avatarDot(x + fs(42), ry + fs(32), fs(20), who, pal.accents[(i + 1) % pal.accents.length]!) +
        fitText(x + fs(72), ry + fs(28), who, fs(15), side - fs(130), pal.text, { "font-weight": 700 }) +
        fitText(x + fs(72), ry + fs(48), i === 0 ? msgs[msgs.length - 1]! : ["Sounds good!", "See you soon", "Thanks!", "Photo", "Call me later", "Haha"][i % 6]!, fs(13), side - fs(100), pal.muted) +
        text(x + side - fs(24), ry + fs(28), `${9 + i}:${String((i * 17) % 60).padStart(2, "0")}`, fs(11), pal.muted, { "text-anchor": "end" });
    }
    px = x + side + 1; pw = w - side - 1;
  }
  // Header.
  const headH = fs(mobile ? 60 : 72);
  s += rect(px, y, pw, headH, pal.surface) + rect(px, y + headH, pw, 1, pal.line) +
    avatarDot(px + fs(mobile ? 44 : 40), y + headH / 2, fs(18), contact, pal.accents[1]!) +
    circle(px + fs(mobile ? 57 : 53), y + headH / 2 + fs(13), fs(5), "#22c55e", { stroke: pal.surface, "stroke-width": fs(2) }) +
    fitText(px + fs(mobile ? 72 : 68), y + headH / 2 - fs(2), contact, fs(16), pw - fs(160), pal.text, { "font-weight": 700 }) +
    text(px + fs(mobile ? 72 : 68), y + headH / 2 + fs(16), "Online", fs(12), pal.muted);
  if (mobile) s += el("path", { d: `M${x + fs(22)} ${y + headH / 2 - fs(8)}l${-fs(8)} ${fs(8)} ${fs(8)} ${fs(8)}`, fill: "none", stroke: pal.primary, "stroke-width": fs(2.5), "stroke-linecap": "round" });
  // Composer bar.
  const barH = fs(mobile ? 64 : 72), barY = y + h - barH - (mobile ? fs(16) : 0);
  s += rect(px, barY, pw, barH, pal.surface) + rect(px, barY, pw, 1, pal.line) +
    rect(px + fs(16), barY + fs(14), pw - fs(80), barH - fs(28), pal.surface2, { rx: (barH - fs(28)) / 2 }) +
    text(px + fs(34), barY + barH / 2 + fs(5), "Message", fs(14), pal.muted) +
    circle(px + pw - fs(34), barY + barH / 2, fs(18), pal.primary) +
    el("path", { d: `M${px + pw - fs(41)} ${barY + barH / 2 - fs(7)}l${fs(16)} ${fs(7)}-${fs(16)} ${fs(7)}z`, fill: readableOn(pal.primary) });
  // Bubbles, laid out bottom-up so the latest sits above the composer.
  const size = fs(15), maxW = pw * (mobile ? 0.72 : 0.6), lh = size * 1.35;
  const laid = msgs.map((m, i) => {
    const mine = i % 2 === 1;
    const lines = wrapLines(m, size, maxW - fs(28), 4);
    const bw = Math.min(maxW, Math.max(...lines.map((l) => textWidth(l, size))) * 1.12 + fs(28));
    return { mine, lines, bw, bh: lines.length * lh + fs(18) };
  });
  let by = barY - fs(16);
  const placed: string[] = [];
  const top = y + headH + fs(16);
  let firstShown = laid.length;
  for (let i = laid.length - 1; i >= 0; i--) {
    const b = laid[i]!;
    if (by - b.bh < top) break;
    by -= b.bh;
    firstShown = i;
    const bx = b.mine ? px + pw - fs(16) - b.bw : px + fs(16);
    const fill = b.mine ? pal.primary : pal.surface2, fg = b.mine ? readableOn(pal.primary) : pal.text;
    const bubble = rect(bx, by, b.bw, b.bh, fill, { rx: fs(16) }) + b.lines.map((l, k) => text(bx + fs(14), by + fs(9) + size + k * lh - fs(2), l, size, fg, {}, b.bw - fs(24))).join("");
    placed[i] = ctx.dur ? el("g", { opacity: 0 }, bubble + fadeInOut(ctx, 0.08 + (i / laid.length) * 0.7, 0.97)) : bubble;
    by -= fs(10);
  }
  s += placed.join("");
  if (ctx.dur) {
    // Typing dots in the other person's bubble, shown between messages.
    const ty = barY - fs(50);
    let dots = rect(px + fs(16), ty, fs(64), fs(34), pal.surface2, { rx: fs(17) });
    for (let k = 0; k < 3; k++) dots += circle(px + fs(34) + k * fs(14), ty + fs(17), fs(4), pal.muted, {}, anim(ctx, "opacity", [0.3, 1, 0.3], {}));
    s += el("g", { opacity: 0 }, dots + anim(ctx, "opacity", [0, 0, 1, 1, 0, 0], { keyTimes: [0, 0.78, 0.8, 0.9, 0.92, 1], calcMode: "linear" }));
  }
  const out = sc.finish(s);
  return { ...out, summary: `chat with ${contact}: ${laid.length - firstShown} messages ("${msgs[firstShown] ?? ""}" ...)` };
};
