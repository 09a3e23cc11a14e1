// "Your sessions", and the session rows that the admin user page reuses.
import { api } from './api.js';
import { h, restoreFocus } from './dom.js';
import { relativeTime } from './time.js';
import { confirmAction, messageEl, perform, showError, showMessage } from './ui.js';

const DEVICES = {
  Mobile: { icon: 'phone', alt: 'Phone' },
  Tablet: { icon: 'tablet', alt: 'Tablet' },
  PC: { icon: 'desktop', alt: 'Desktop' },
};
const UNKNOWN_DEVICE = { icon: 'unknown', alt: 'Unknown device' };

let markedInteractive = false;
let rowCount = 0;

/**
 * The list answer is {"Short": {"Available Sessions": "2", "Sessions": [...]}, ...}:
 * flatten it to one array, each session tagged with its type caption, the
 * current one first and then the most recently active first.
 */
export function flattenSessions(groups) {
  return Object.entries(groups)
    .flatMap(([type, group]) => (group.Sessions ?? []).map((session) => ({ ...session, type })))
    .sort((a, b) => (b.current - a.current) || activeMillis(b) - activeMillis(a));
}

function lastActive(session) {
  return session.last_seen_at ?? session.last_update;
}

function activeMillis(session) {
  return Date.parse(lastActive(session)) || 0;
}

// "Chrome 131 on Linux"
export function sessionLabel(session) {
  const browser = session.browser ?? 'Unknown browser';
  return session.os ? `${browser} on ${session.os}` : browser;
}

/** One <li class="session">; its "Sign out" button calls onSignOut(session, label). */
export function sessionItem(session, onSignOut) {
  const label = sessionLabel(session);
  const device = DEVICES[session.device_type] ?? UNKNOWN_DEVICE;
  // Every row's button reads "Sign out"; the description tells screen reader users which one.
  const titleId = `session-title-${++rowCount}`;
  return h('li', { class: 'session', 'data-session-id': session.session_id },
    h('img', { class: 'device-icon', src: new URL(`icons/${device.icon}.svg`, import.meta.url).href,
      alt: device.alt, width: 32, height: 32 }),
    h('div', { class: 'session-body' },
      h('p', { class: 'session-title', id: titleId }, h('strong', {}, label),
        session.current && h('span', { class: 'badge this-device' }, 'This device')),
      session.device_model && h('p', { class: 'session-device' }, session.device_model),
      h('dl', { class: 'facts' },
        fact('Type', session.type),
        fact('Signed in', relativeTime(session.created_at)),
        fact('Last active', relativeTime(lastActive(session))),
        fact('Last address', session.last_seen_ip ?? session.ip_address ?? 'Unknown'))),
    h('button', { type: 'button', class: 'end-session', 'aria-describedby': titleId,
      onclick: () => onSignOut(session, label) }, 'Sign out'));
}

function fact(term, value) {
  return h('div', {}, h('dt', {}, term), h('dd', {}, value));
}

/** #/sessions: every session of the signed-in user, of every type. */
export function sessionsPage({ signOut }) {
  const heading = h('h1', { tabindex: -1 }, 'Your sessions');
  const messages = { status: messageEl('status'), alert: messageEl('alert') };
  const list = h('ul', { id: 'sessions', class: 'sessions', 'aria-label': 'Sessions', 'aria-busy': 'true' });
  const empty = h('p', { class: 'muted', hidden: true }, 'You are not signed in anywhere else.');
  const signOutOthers = h('button', { type: 'button', id: 'sign-out-others', class: 'danger', disabled: true,
    onclick: endOthers }, 'Sign out everywhere else');

  async function load() {
    list.setAttribute('aria-busy', 'true');
    try {
      const sessions = flattenSessions(await api.post('session/list/', { session: 'ALL' }));
      list.replaceChildren(...sessions.map((session) => sessionItem(session, endSession)));
      const alone = !sessions.some((session) => !session.current);
      signOutOthers.disabled = alone;
      empty.hidden = !alone;
      if (!markedInteractive) {
        markedInteractive = true;
        performance.mark('console-interactive');
      }
    } catch (err) {
      showError(messages.alert, err);
    } finally {
      list.setAttribute('aria-busy', 'false');
    }
  }

  // Runs a confirmed action, reloads the list, and keeps keyboard focus on the page.
  async function act(action, success) {
    await perform(messages, action, success);
    await load();
    restoreFocus(heading);
  }

  async function endSession(session, label) {
    if (session.current) {
      const yes = await confirmAction({ title: 'Sign out this device?',
        message: 'You will need to sign in again here.', confirmLabel: 'Sign out' });
      if (yes) await signOut();
      return;
    }
    const yes = await confirmAction({ title: `Sign out ${label}?`,
      message: 'That device will need to sign in again.', confirmLabel: 'Sign out' });
    if (yes) await act(() => api.post('session/destroy/', { session_id: session.session_id }), `Signed out ${label}.`);
  }

  async function endOthers() {
    const yes = await confirmAction({ title: 'Sign out everywhere else?',
      message: 'Every other device and app will need to sign in again. This device stays signed in.',
      confirmLabel: 'Sign out everywhere else' });
    if (yes) await act(() => api.post('session/destroyAllOther/', { session: 'ALL' }), 'Signed out everywhere else.');
  }

  function reload() {
    showMessage(messages.status, '');
    showMessage(messages.alert, '');
    load();
  }

  load();
  return h('section', {},
    heading,
    h('p', { class: 'muted' }, 'Devices and apps signed in to your account. Sign out any you don’t recognise.'),
    h('div', { class: 'actions' },
      h('button', { type: 'button', onclick: reload }, 'Refresh'),
      signOutOthers),
    messages.status,
    messages.alert,
    list,
    empty);
}
