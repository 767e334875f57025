/**
 * The locale layout has a loading boundary, so Next streams pages: the content arrives in a
 * `<div hidden id="S:…">` after the footer and a script swaps it in place of the spinner. Without
 * JavaScript that script never runs; this style (only parsed when scripting is off) reveals the
 * streamed content instead, hides the fallbacks (each follows its boundary's template) and keeps
 * the footer last.
 */
const CSS = `template[id^="B:"] + * { display: none !important; }
body > div[hidden][id^="S:"] { display: block !important; order: 2; inline-size: 100%; max-inline-size: 72rem; margin-inline: auto; padding: 1rem; }
body > .site-footer { order: 3; }`;

export function NoScriptReveal() {
  return (
    <noscript>
      <style>{CSS}</style>
    </noscript>
  );
}
