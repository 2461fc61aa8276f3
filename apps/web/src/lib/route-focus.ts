// After an in-app navigation, focus goes to the new page's heading so screen readers announce it.
let focusPending = false;

/** Called by the router before each navigation that follows the first page load. */
export function requestHeadingFocus() {
  focusPending = true;
}

/** Called by a page heading once it is on screen; true when it should take the focus. */
export function takeHeadingFocus(): boolean {
  const pending = focusPending;
  focusPending = false;
  return pending;
}
