/**
 * The little of jsdom's API the bench uses. jsdom ships no types and @types/jsdom would
 * be one more dev dependency for two calls.
 */
declare module 'jsdom' {
  export class VirtualConsole {}
  export class JSDOM {
    constructor(html: string, options?: { virtualConsole?: VirtualConsole; url?: string });
    readonly window: Window & typeof globalThis;
  }
}
