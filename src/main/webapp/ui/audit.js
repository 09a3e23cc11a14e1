// #/admin/audit?user=&type=&from=&to=&page=: the audit log, newest first.
// Filters live in the URL (from/to as UTC instants) so a view can be shared or reloaded.
import { api } from './api.js';
import { h } from './dom.js';
import { hashFor, navigate, pageNumber } from './router.js';
import { exactTime, isoToLocalInput, localInputToIso, relativeTime } from './time.js';
import { cell, emptyRow, messageEl, pager, showError } from './ui.js';

const PAGE_SIZE = 50;
const COLUMNS = 7;
const FILTERS = ['user', 'type', 'from', 'to'];

export function auditPage({ params }) {
  const filters = Object.fromEntries(FILTERS.map((name) => [name, params.get(name) ?? '']));
  const page = pageNumber(params);
  const alert = messageEl('alert');
  const user = h('input', { type: 'text', id: 'audit-user', value: filters.user, autocomplete: 'off' });
  const type = h('select', { id: 'audit-type' });
  const from = h('input', { type: 'datetime-local', id: 'audit-from', value: isoToLocalInput(filters.from) });
  const to = h('input', { type: 'datetime-local', id: 'audit-to', value: isoToLocalInput(filters.to) });
  const rows = h('tbody');
  const pagerSlot = h('div');
  const form = h('form', { class: 'filters', hidden: true, onsubmit: submit },
    field('audit-user', 'User', user),
    field('audit-type', 'Event type', type),
    field('audit-from', 'From', from),
    field('audit-to', 'To', to),
    h('button', { type: 'submit', class: 'primary' }, 'Filter'));

  // The form appears once the event types are in, so its select is never half-filled.
  // Without them it still offers "Any" and the current filter.
  async function loadTypes() {
    let types = [];
    try {
      types = await api.get('admin/audit/types');
    } catch (err) {
      showError(alert, err);
    }
    const names = [...new Set([...types, filters.type].filter(Boolean))];
    type.replaceChildren(h('option', { value: '' }, 'Any'), ...names.map((name) => h('option', { value: name }, name)));
    type.value = filters.type;
    form.hidden = false;
  }

  async function loadEvents() {
    const request = new URLSearchParams({ page: page - 1, size: PAGE_SIZE });
    for (const name of FILTERS) if (filters[name]) request.set(name, filters[name]);
    try {
      const data = await api.get(`admin/audit?${request}`);
      rows.replaceChildren(...(data.events.length ? data.events.map(eventRow)
        : [emptyRow(COLUMNS, 'No events match these filters.')]));
      pagerSlot.replaceChildren(pager({
        label: 'Audit log pages',
        previous: ['Newer', page > 1 ? hashFor('/admin/audit', { ...filters, page: page - 1 }) : null],
        next: ['Older', data.has_more ? hashFor('/admin/audit', { ...filters, page: page + 1 }) : null],
        text: `Page ${page}`,
      }));
    } catch (err) {
      showError(alert, err);
    }
  }

  function submit(event) {
    event.preventDefault();
    navigate(hashFor('/admin/audit', { user: user.value.trim(), type: type.value,
      from: localInputToIso(from.value), to: localInputToIso(to.value), page: 1 }));
  }

  loadTypes();
  loadEvents();
  return h('section', {},
    h('h1', { tabindex: -1 }, 'Audit log'),
    form,
    alert,
    h('table', { id: 'audit', class: 'data' },
      h('caption', {}, 'Audit events, newest first'),
      h('thead', {}, h('tr', {},
        ...['Time', 'Type', 'User', 'Actor', 'Session', 'Address', 'Detail'].map((name) => h('th', { scope: 'col' }, name)))),
      rows),
    pagerSlot);
}

function field(id, label, control) {
  return h('div', { class: 'field' }, h('label', { for: id }, label), control);
}

function shorten(id) {
  return id.length > 8 ? `${id.slice(0, 8)}…` : id;
}

function eventRow(event) {
  return h('tr', { class: 'audit-event', 'data-type': event.type },
    cell('Time', exactTime(event.at), h('br'), h('span', { class: 'muted' }, relativeTime(event.at))),
    cell('Type', event.type),
    cell('User', event.user ? h('a', { href: `#/admin/users/${encodeURIComponent(event.user)}` }, event.user) : '—'),
    cell('Actor', event.actor ?? '—'),
    // Ids are long and random; the first characters tell them apart, the title holds the rest.
    cell('Session', event.session_id ? h('span', { class: 'mono', title: event.session_id },
      shorten(event.session_id)) : '—'),
    cell('Address', event.ip ?? '—'),
    cell('Detail', typeof event.detail === 'object' && event.detail ? JSON.stringify(event.detail) : event.detail ?? ''));
}
