/** Where the action page's call to action jumps to. */
export const PARTICIPATE_ID = "participate";

// The first thing to fill in once the panel is reached (the honeypot has tabindex -1).
const FIRST_FIELD = ".p-form :is(input, select, button):not([type=hidden]):not([tabindex='-1'])";
// Asked for while the panel was still loading its form: the panel finishes the job when it is in.
let pending = false;

/**
 * Brings the participation panel into view and puts focus on its first field, so keyboard and
 * screen-reader users land where sighted ones look. No form (already taking part, or closed):
 * the result area, which says where they stand.
 */
export function focusParticipation(): boolean {
  const panel = document.getElementById(PARTICIPATE_ID);
  if (!panel) return false;
  const field = panel.querySelector<HTMLElement>(FIRST_FIELD);
  pending = !field && panel.hasAttribute("data-loading");
  const target = field ?? panel.querySelector<HTMLElement>(".p-result") ?? panel;
  panel.scrollIntoView({ block: "start" });
  target.focus({ preventScroll: true });
  return true;
}

/** True once if a focus asked for while loading is still owed. */
export function takePendingFocus(): boolean {
  const owed = pending;
  pending = false;
  return owed;
}
