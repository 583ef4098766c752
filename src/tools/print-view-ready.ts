// When the deck's print view (`?print-pdf`) can be measured or printed, for the PDF export and the
// rendered check alike. Page-side code, sent as text: functions would carry tsx's `__name` helper.

/** Resolves in the page once the print view is laid out (PrintView sets `data-print-ready`), its fonts are loaded and every image has loaded or failed. */
export const PRINT_VIEW_READY = `new Promise((resolve) => {
  const poll = (done, then) => (done() ? then() : setTimeout(() => poll(done, then), 10));
  poll(
    () => document.documentElement.dataset.printReady === 'true',
    () => document.fonts.ready.then(() => poll(() => [...document.images].every((img) => img.complete), () => resolve(true))),
  );
})`;
