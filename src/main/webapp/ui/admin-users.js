// #/admin/users?q=&page=: search users, page through them, log several out at once.
import { api } from './api.js';
import { h } from './dom.js';
import { hashFor, navigate, pageNumber } from './router.js';
import { relativeTime } from './time.js';
import { cell, emptyRow, messageEl, pager, perform, plural, showError } from './ui.js';

const PAGE_SIZE = 20;
const COLUMNS = 5;

export function usersPage({ params }) {
  const query = params.get('q') ?? '';
  const page = pageNumber(params);
  const messages = {
    status: messageEl('status', { id: 'logout-result' }),
    alert: messageEl('alert'),
  };
  const search = h('input', { type: 'search', id: 'user-search', name: 'q', value: query, autocomplete: 'off' });
  const selectAll = h('input', { type: 'checkbox', class: 'select-all', 'aria-label': 'Select all users on this page',
    onchange: () => {
      for (const box of boxes()) box.checked = selectAll.checked;
      updateSelection();
    } });
  const rows = h('tbody', { onchange: updateSelection });
  const pagerSlot = h('div');
  const logOutSelected = h('button', { type: 'button', id: 'log-out-selected', class: 'danger', disabled: true,
    onclick: logOut }, 'Log out selected users');

  function boxes() {
    return [...rows.querySelectorAll('.select-user')];
  }

  function selected() {
    return boxes().filter((box) => box.checked).map((box) => box.value);
  }

  function updateSelection() {
    const count = selected().length;
    logOutSelected.disabled = count === 0;
    selectAll.checked = count > 0 && count === boxes().length;
    selectAll.indeterminate = count > 0 && !selectAll.checked;
  }

  async function load() {
    const request = new URLSearchParams({ page: page - 1, size: PAGE_SIZE });
    if (query) request.set('q', query);
    try {
      const data = await api.get(`admin/users?${request}`);
      const pages = Math.max(1, Math.ceil(data.total / data.size));
      rows.replaceChildren(...(data.users.length ? data.users.map(userRow) : [emptyRow(COLUMNS, 'No users found.')]));
      pagerSlot.replaceChildren(pager({
        label: 'Users pages',
        previous: ['Previous', page > 1 ? hashFor('/admin/users', { q: query, page: page - 1 }) : null],
        next: ['Next', page < pages ? hashFor('/admin/users', { q: query, page: page + 1 }) : null],
        text: `Page ${page} of ${pages}`,
      }));
      updateSelection();
    } catch (err) {
      showError(messages.alert, err);
    }
  }

  // Selection is kept afterwards: clearing it would disable the focused button and lose focus.
  function logOut() {
    return perform(messages, () => api.post('admin/logouts', { usernames: selected() }), describeLogouts);
  }

  load();
  return h('section', {},
    h('h1', { tabindex: -1 }, 'Users'),
    h('form', { class: 'inline-form', role: 'search', onsubmit: (event) => {
      event.preventDefault();
      navigate(hashFor('/admin/users', { q: search.value.trim(), page: 1 }));
    } },
    h('label', { for: 'user-search' }, 'Search users'), search, h('button', { type: 'submit' }, 'Search')),
    h('div', { class: 'actions' }, logOutSelected),
    messages.status,
    messages.alert,
    h('table', { id: 'users', class: 'data' },
      h('caption', {}, query ? `Users matching “${query}”` : 'All users'),
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, selectAll),
        ...['Username', 'Groups', 'Enabled', 'Created'].map((name) => h('th', { scope: 'col' }, name)))),
      rows),
    pagerSlot);
}

function userRow(user) {
  return h('tr', { 'data-username': user.username },
    h('td', { class: 'select' }, h('input', { type: 'checkbox', class: 'select-user', value: user.username,
      'aria-label': `Select ${user.username}` })),
    cell('Username', h('a', { href: `#/admin/users/${encodeURIComponent(user.username)}` }, user.username)),
    cell('Groups', user.groups.length ? user.groups.join(', ') : '—'),
    cell('Enabled', user.enabled ? 'Yes' : 'No'),
    cell('Created', relativeTime(user.created_at)));
}

// "Logged out: alice (2 sessions), bob (0 sessions). Skipped (needs security-admin): carol."
function describeLogouts({ logged_out: loggedOut = [], skipped = [] }) {
  const parts = [];
  if (loggedOut.length) {
    parts.push(`Logged out: ${loggedOut.map((u) => `${u.username} (${plural(u.ended, 'session')})`).join(', ')}.`);
  }
  if (skipped.length) parts.push(`Skipped (needs security-admin): ${skipped.join(', ')}.`);
  return parts.join(' ') || 'Nobody was logged out.';
}
