// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
  namespace App {}
  interface ImportMetaEnv {
    readonly PUBLIC_API_BASE?: string;
  }
}
export {};
