// Tiny DOM builder. Server data only ever reaches the page as text nodes or
// attribute values, never as markup, so it cannot inject HTML (and the CSP
// forbids inline styles, so `style` is refused too).
const FORBIDDEN = new Set(['innerHTML', 'outerHTML', 'srcdoc', 'style']);

/**
 * h('button', { type: 'button', class: 'primary', onclick: fn }, 'Save')
 * Attributes: `on<event>` functions become listeners, `class` and `for` map to
 * their properties, names with a dash (aria-*, data-*) and unknown names become
 * attributes, everything else is set as a property. null/false are skipped.
 * Children: nodes, strings (as text), arrays; null/false are skipped.
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value == null || value === false) continue;
    if (FORBIDDEN.has(key)) throw new Error(`h(): "${key}" is not allowed`);
    if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.slice(2), value);
    } else if (key === 'class') {
      el.className = value;
    } else if (key === 'for') {
      el.htmlFor = value;
    } else if (key.includes('-') || key === 'role' || !(key in el)) {
      el.setAttribute(key, value === true ? '' : String(value));
    } else {
      el[key] = value;
    }
  }
  el.append(...children.flat(Infinity).filter((c) => c != null && c !== false)
    .map((c) => (c instanceof Node ? c : String(c))));
  return el;
}

// When an action removes the focused element (e.g. a row that was signed out),
// focus falls back to <body>; put it somewhere sensible instead.
export function restoreFocus(fallback) {
  if (!document.activeElement || document.activeElement === document.body) fallback.focus();
}
