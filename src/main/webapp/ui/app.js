// Boot, routing and the header. Every route's page is a function returning its
// element (starting with an <h1>); pages load their own data afterwards.
import { onSessionEnded, restore, signOut as endConsoleSession } from './api.js';
import { h } from './dom.js';
import { currentRoute, startRouter } from './router.js';
import { sessionsPage } from './sessions.js';
import { signInPage } from './sign-in.js';
import { usersPage } from './admin-users.js';
import { userPage } from './admin-user.js';
import { auditPage } from './audit.js';
import { keysPage } from './keys.js';

const APP_NAME = 'Multisession';
const SESSION_ENDED = 'Your session has ended. Sign in again.';

// '*' matches any one segment; `group` is the group a page needs.
const ROUTES = [
  { path: ['sessions'], page: sessionsPage },
  { path: ['admin', 'users'], page: usersPage, group: 'admin' },
  { path: ['admin', 'users', '*'], page: userPage, group: 'admin' },
  { path: ['admin', 'audit'], page: auditPage, group: 'admin' },
  { path: ['admin', 'keys'], page: keysPage, group: 'security-admin' },
];

const NAV = [
  { text: 'Your sessions', path: ['sessions'] },
  { text: 'Users', path: ['admin', 'users'], group: 'admin' },
  { text: 'Audit log', path: ['admin', 'audit'], group: 'admin' },
  { text: 'Signing keys', path: ['admin', 'keys'], group: 'security-admin' },
];

const main = document.getElementById('app');
let header = null;
let account = null; // { username, groups } while signed in
let signInMessage = '';
let firstRender = true;

function hasGroup(group) {
  return !group || account.groups.includes(group);
}

function matches(pattern, segments) {
  return pattern.length === segments.length
    && pattern.every((part, i) => (part === '*' ? segments[i] !== null : part === segments[i]));
}

function render() {
  const route = currentRoute();
  let view;
  if (!account) {
    header?.remove();
    header = null;
    view = signInPage({ message: signInMessage, onSignedIn });
    signInMessage = '';
  } else {
    showHeader(route.segments);
    const found = ROUTES.find((candidate) => matches(candidate.path, route.segments));
    if (!found) view = messagePage('Not found', 'There is no page at this address.');
    else if (!hasGroup(found.group)) view = messagePage('Not allowed', `This page is for members of the ${found.group} group.`);
    else view = found.page({ ...route, signOut });
  }
  main.replaceChildren(view);
  const heading = view.querySelector('h1');
  document.title = heading.textContent === APP_NAME ? APP_NAME : `${heading.textContent} – ${APP_NAME}`;
  // Tell screen readers the page changed; on first load the browser starts at the top anyway.
  if (!firstRender) heading.focus();
  firstRender = false;
}

function showHeader(segments) {
  const links = NAV.filter((link) => hasGroup(link.group)).map((link) => {
    const current = link.path.every((part, i) => segments[i] === part);
    return h('li', {}, h('a', { href: `#/${link.path.join('/')}`, 'aria-current': current ? 'page' : null }, link.text));
  });
  const next = h('header', { class: 'site-header' },
    h('a', { class: 'skip-link', href: '#app', onclick: skipToContent }, 'Skip to content'),
    h('div', { class: 'container header-bar' },
      h('span', { class: 'brand' }, APP_NAME),
      h('nav', { 'aria-label': 'Main' }, h('ul', {}, links)),
      h('div', { class: 'account' },
        h('span', { class: 'username' }, 'Signed in as ', h('strong', {}, account.username)),
        h('button', { type: 'button', id: 'sign-out', onclick: signOut }, 'Sign out'))));
  if (header) header.replaceWith(next);
  else main.before(next);
  header = next;
}

// A plain "#app" would be taken for a route; move focus instead.
function skipToContent(event) {
  event.preventDefault();
  main.querySelector('h1')?.focus();
}

function messagePage(title, text) {
  return h('section', {},
    h('h1', { tabindex: -1 }, title),
    h('p', {}, text),
    h('p', {}, h('a', { href: '#/sessions' }, 'Back to your sessions')));
}

// Login and refresh both answer a grant: {access, expires_in, session_id, username, groups}.
function accountOf(grant) {
  return { username: grant.username, groups: grant.groups ?? [] };
}

function onSignedIn(grant) {
  account = accountOf(grant);
  // Stay on the route the user asked for; the default is their sessions.
  if (!location.hash || location.hash === '#/') history.replaceState(null, '', '#/sessions');
  render();
}

async function signOut() {
  const told = await endConsoleSession();
  account = null;
  if (!told) signInMessage = 'The server could not be reached, so this device may still be signed in. Try again later.';
  // The next person to sign in starts on their sessions, not on this user's last page.
  history.replaceState(null, '', '#/sessions');
  render();
}

onSessionEnded(() => {
  if (!account) return;
  account = null;
  signInMessage = SESSION_ENDED;
  render();
});

async function boot() {
  try {
    const grant = await restore();
    if (grant) account = accountOf(grant);
  } catch (err) {
    signInMessage = err.message;
  }
  startRouter(render);
  render();
}

boot();
