// All calls to the backend. The access token lives only in this module's
// memory (never in storage, where injected script could read it later); the
// refresh token is an HttpOnly cookie that the browser sends by itself.
const BASE = new URL('../api/', import.meta.url);
// Marks console auth calls so the server can tell them from cross-site form posts.
const CONSOLE_HEADER = { 'X-Requested-With': 'multisession-console' };

const RETRY_SECONDS = 10;

let accessToken = null;
let refreshTimer = null;
let refreshing = null;
let sessionEnded = () => {};

/** A failed call: HTTP status (0 = network failure), problem `type`, and `message` = the detail to show. */
export class ApiError extends Error {
  constructor(status, problem, retryAfter = null) {
    const fieldErrors = Object.values(problem.errors ?? {});
    super([problem.detail || problem.title || `Request failed (HTTP ${status}).`, ...fieldErrors].join(' '));
    this.name = 'ApiError';
    this.status = status;
    this.type = problem.type ?? '';
    this.retryAfter = retryAfter;
  }

  // Problem types are URNs like "urn:multisession:problem:session-limit-reached".
  is(kind) {
    return this.type.endsWith(kind);
  }
}

/** Called when the sign-in is gone for good (refresh refused): the app shows the sign-in page. */
export function onSessionEnded(callback) {
  sessionEnded = callback;
}

async function send(method, path, { body, headers = {} } = {}) {
  const init = {
    method,
    headers: { Accept: 'application/json, application/problem+json', ...headers },
    credentials: 'same-origin',
    cache: 'no-store',
  };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(new URL(path, BASE), init);
  } catch {
    throw new ApiError(0, { detail: 'Cannot reach the server. Check your connection and try again.' });
  }
  const data = await readJson(response);
  if (!response.ok) {
    throw new ApiError(response.status, data ?? {}, retryAfterSeconds(response));
  }
  return data;
}

async function readJson(response) {
  if (response.status === 204 || !(response.headers.get('Content-Type') ?? '').includes('json')) return null;
  try {
    return await response.json();
  } catch {
    return null;
  }
}

function retryAfterSeconds(response) {
  const seconds = Number.parseInt(response.headers.get('Retry-After'), 10);
  return Number.isFinite(seconds) ? seconds : null;
}

function authHeader() {
  return accessToken ? { Authorization: `Bearer ${accessToken}` } : {};
}

// Login and refresh answer {access, expires_in, session_id, username, groups}.
function adopt(grant) {
  accessToken = grant.access;
  scheduleRefresh(grant.expires_in);
  return grant;
}

function forget() {
  accessToken = null;
  clearTimeout(refreshTimer);
}

function endSession() {
  forget();
  sessionEnded();
}

// Renew ~30 s before the token expires, so calls rarely meet a 401. A refresh that could not reach the server
// (a laptop waking up, a network change) is tried again shortly instead of leaving the token to expire.
function scheduleRefresh(expiresIn) {
  clearTimeout(refreshTimer);
  if (expiresIn > 0) refreshIn(Math.max(expiresIn - 30, expiresIn / 2));
}

function refreshIn(seconds) {
  refreshTimer = setTimeout(() => {
    refresh().catch((err) => {
      if (err.status === 0) refreshIn(RETRY_SECONDS);
      else if (err.status === 401) endSession();
    });
  }, seconds * 1000);
}

// One refresh at a time: concurrent callers share it, so the refresh cookie is
// presented once instead of racing itself.
function refresh() {
  refreshing ??= send('POST', 'console/session/refresh', { headers: CONSOLE_HEADER })
    .then(adopt)
    .finally(() => { refreshing = null; });
  return refreshing;
}

/** On page load: the grant when the refresh cookie still signs us in, null when it doesn't. */
export async function restore() {
  try {
    return await refresh();
  } catch (err) {
    if (err.status >= 400 && err.status < 500) return null;
    throw err;
  }
}

export async function signIn(username, password) {
  return adopt(await send('POST', 'console/login', { body: { username, password }, headers: CONSOLE_HEADER }));
}

// The cookie alone names the session to end: an access token that has expired or was revoked must not stand in
// the way of signing out. Returns false when the server could not be told (the page says so).
export async function signOut() {
  try {
    await send('POST', 'console/session/logout', { headers: CONSOLE_HEADER });
    return true;
  } catch {
    return false;
  } finally {
    forget();
  }
}

// A Bearer call. On 401 (token expired or revoked) refresh once and retry once.
async function request(method, path, body) {
  const used = accessToken;
  try {
    return await send(method, path, { body, headers: authHeader() });
  } catch (err) {
    if (err.status !== 401 || !used) throw err;
  }
  // Another call may have refreshed while this one was in flight.
  if (accessToken === used) {
    try {
      await refresh();
    } catch (err) {
      if (err.status !== 0) endSession();
      throw err;
    }
  }
  return send(method, path, { body, headers: authHeader() });
}

export const api = {
  get: (path) => request('GET', path),
  post: (path, body) => request('POST', path, body),
  put: (path, body) => request('PUT', path, body),
  del: (path) => request('DELETE', path),
};

// userPath('a/b', 'sessions') → "admin/users/a%2Fb/sessions": every segment escaped.
export function userPath(username, ...rest) {
  return ['admin', 'users', username, ...rest].map(encodeURIComponent).join('/');
}
