// #/admin/users/<name>: one user's account, password and sessions.
import { api, userPath } from './api.js';
import { h, restoreFocus } from './dom.js';
import { navigate } from './router.js';
import { flattenSessions, sessionItem } from './sessions.js';
import { relativeTime } from './time.js';
import { confirmAction, messageEl, perform, plural, showError } from './ui.js';

/** The router passes the decoded name as segments[2]. */
export function userPage({ segments }) {
  const name = segments[2];
  const heading = h('h1', { tabindex: -1 }, name);
  const messages = { status: messageEl('status'), alert: messageEl('alert') };
  const groups = h('dd');
  const enabled = h('dd');
  const created = h('dd');
  const toggle = h('button', { type: 'button', onclick: toggleEnabled });
  const password = h('input', { type: 'password', id: 'new-password', autocomplete: 'new-password', required: true });
  const sessions = h('ul', { id: 'sessions', class: 'sessions', 'aria-label': `Sessions of ${name}` });
  const noSessions = h('p', { class: 'muted', hidden: true }, 'No active sessions.');
  const content = h('div', { hidden: true },
    h('section', { 'aria-labelledby': 'account-heading' },
      h('h2', { id: 'account-heading' }, 'Account'),
      h('dl', { class: 'details' },
        h('div', {}, h('dt', {}, 'Groups'), groups),
        h('div', {}, h('dt', {}, 'Enabled'), enabled),
        h('div', {}, h('dt', {}, 'Created'), created)),
      h('div', { class: 'actions' },
        toggle,
        h('button', { type: 'button', class: 'danger', onclick: deleteUser }, 'Delete user'))),
    h('section', { 'aria-labelledby': 'password-heading' },
      h('h2', { id: 'password-heading' }, 'Password'),
      h('form', { class: 'inline-form', onsubmit: setPassword },
        h('label', { for: 'new-password' }, 'New password'), password,
        h('button', { type: 'submit' }, 'Set password'))),
    h('section', { 'aria-labelledby': 'sessions-heading' },
      h('h2', { id: 'sessions-heading' }, 'Sessions'),
      h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'danger', onclick: endAll }, 'End all sessions')),
      sessions,
      noSessions));
  let user = null;

  function showUser() {
    groups.textContent = user.groups.length ? user.groups.join(', ') : '—';
    enabled.textContent = user.enabled ? 'Yes' : 'No';
    created.replaceChildren(relativeTime(user.created_at));
    toggle.textContent = user.enabled ? 'Disable' : 'Enable';
  }

  async function load() {
    try {
      user = await api.get(userPath(name));
    } catch (err) {
      showError(messages.alert, err);
      return;
    }
    showUser();
    content.hidden = false;
    await loadSessions();
  }

  async function loadSessions() {
    try {
      const list = flattenSessions(await api.get(userPath(name, 'sessions')));
      sessions.replaceChildren(...list.map((session) => sessionItem(session, endSession)));
      noSessions.hidden = list.length > 0;
    } catch (err) {
      showError(messages.alert, err);
    }
  }

  async function toggleEnabled() {
    const next = !user.enabled;
    const done = await perform(messages, () => api.put(userPath(name, 'enabled'), { enabled: next }),
      next ? `${name} is enabled.` : `${name} is disabled and cannot sign in.`);
    if (!done) return;
    user.enabled = next;
    showUser();
    await loadSessions();
  }

  async function setPassword(event) {
    event.preventDefault();
    if (await perform(messages, () => api.put(userPath(name, 'password'), { password: password.value }),
      `The password of ${name} has been changed.`)) {
      password.value = '';
    }
  }

  async function deleteUser() {
    const yes = await confirmAction({ title: `Delete user ${name}?`,
      message: 'The account and all its sessions are removed. This cannot be undone.', confirmLabel: 'Delete user' });
    if (yes && await perform(messages, () => api.del(userPath(name)), `${name} has been deleted.`)) {
      navigate('#/admin/users');
    }
  }

  async function endAll() {
    const yes = await confirmAction({ title: `End all sessions of ${name}?`,
      message: 'Every device of this user will need to sign in again.', confirmLabel: 'End all sessions' });
    if (!yes) return;
    await perform(messages, () => api.del(userPath(name, 'sessions')), ({ ended }) => `Ended ${plural(ended, 'session')}.`);
    await loadSessions();
    restoreFocus(heading);
  }

  async function endSession(session, label) {
    const yes = await confirmAction({ title: `Sign out ${label} for ${name}?`,
      message: 'That device will need to sign in again.', confirmLabel: 'Sign out' });
    if (!yes) return;
    await perform(messages, () => api.del(userPath(name, 'sessions', session.session_id)), `Signed out ${label}.`);
    await loadSessions();
    restoreFocus(heading);
  }

  load();
  return h('section', {},
    h('p', {}, h('a', { href: '#/admin/users' }, '← All users')),
    heading,
    messages.status,
    messages.alert,
    content);
}
