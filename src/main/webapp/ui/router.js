// Hash routing: "#/admin/users?q=ann&page=2" → segments ['admin', 'users'] and
// its query parameters. The hash keeps working under any context root.
let render = () => {};

export function startRouter(onChange) {
  render = onChange;
  window.addEventListener('hashchange', onChange);
}

export function currentRoute() {
  const hash = location.hash.slice(1);
  const cut = hash.indexOf('?');
  const path = cut < 0 ? hash : hash.slice(0, cut);
  const params = new URLSearchParams(cut < 0 ? '' : hash.slice(cut + 1));
  const segments = path.split('/').filter(Boolean).map(decodeSegment);
  return { segments: segments.length ? segments : ['sessions'], params };
}

// A malformed escape becomes null, which no route matches: "Not found".
function decodeSegment(segment) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

// hashFor('/admin/users', { q: 'ann', page: 2 }) → "#/admin/users?q=ann&page=2"; empty values are left out.
export function hashFor(path, params = {}) {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v != null && v !== ''));
  const text = query.toString();
  return text ? `#${path}?${text}` : `#${path}`;
}

// Setting the hash to its current value fires no hashchange, but the caller
// still wants the page reloaded (e.g. searching the same text again).
export function navigate(hash) {
  if (location.hash === hash) render();
  else location.hash = hash;
}

// Page numbers in the URL are 1-based for people; the API counts from 0.
export function pageNumber(params) {
  return Math.max(1, Number.parseInt(params.get('page'), 10) || 1);
}
