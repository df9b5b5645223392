// The one piece of jsdom the build uses (a window for DOMPurify, scripts/prerender-markdown.ts);
// jsdom ships no types and @types/jsdom is not worth a dependency for one constructor.
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string);
    readonly window: Window & typeof globalThis;
  }
}
