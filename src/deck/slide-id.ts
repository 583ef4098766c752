// Slide identity in the page: the dev server marks each `<section>` with its slide's id, so a live
// update finds the slides it keeps. Its own module so the browser imports no loader code with it.

/** e.g. `data-deck-slide="slides/03-executors.md#2"`. */
export const SLIDE_ID_ATTRIBUTE = 'data-deck-slide';
