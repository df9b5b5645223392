// Measures the plot container's width for responsive layout (what bind:clientWidth does),
// but degrades to a single read where ResizeObserver is missing (jsdom in tests, old
// browsers), so a chart never crashes the page it sits on.
import type { Attachment } from 'svelte/attachments';

export function measureWidth(onWidth: (width: number) => void): Attachment<HTMLElement> {
  return (element) => {
    onWidth(element.clientWidth);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => onWidth(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  };
}
