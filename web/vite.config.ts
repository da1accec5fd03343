import { sveltekit } from "@sveltejs/kit/vite";
import { defineConfig } from "vite";

// The worker the UI talks to in dev and preview; same-origin /api is proxied to it.
const api = process.env.API_PROXY_TARGET ?? "http://127.0.0.1:8787";
const proxy = { "/api": { target: api, changeOrigin: false } };

export default defineConfig({
  plugins: [sveltekit()],
  // PUBLIC_API_BASE (empty = same origin) is read at build time through import.meta.env.
  envPrefix: ["VITE_", "PUBLIC_"],
  server: { host: "127.0.0.1", port: 5173, strictPort: true, proxy },
  preview: { host: "127.0.0.1", port: Number(process.env.PREVIEW_PORT ?? 4173), strictPort: true, proxy },
});
