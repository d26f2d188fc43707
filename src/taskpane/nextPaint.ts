// A busy state set in a click handler is only seen once the browser has painted a frame; heavy work
// started before that freezes the pane with the old state on screen. Awaiting this after setting the
// busy state lets React render it and the browser paint it first.

/** Resolves after the next frame has been painted (at once where there are no frames, as in jsdom tests). */
export function nextPaint(): Promise<void> {
  if (typeof requestAnimationFrame !== "function" || typeof document === "undefined" || document.visibilityState === "hidden") {
    return new Promise((resolve) => setTimeout(resolve, 0));
  }
  // rAF runs just before the paint; the timeout after it runs once the frame is out.
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
