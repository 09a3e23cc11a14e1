// Dates from the API are ISO-8601 UTC strings. People read "5 minutes ago";
// the exact local time is one hover (title) away.
import { h } from './dom.js';

const relativeFormat = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
const exactFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'long' });
const UNITS = [['year', 31536000], ['month', 2592000], ['week', 604800], ['day', 86400],
  ['hour', 3600], ['minute', 60]];

export function relative(date) {
  const seconds = (date.getTime() - Date.now()) / 1000;
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return relativeFormat.format(Math.trunc(seconds / size), unit);
  }
  return 'just now';
}

export function exact(date) {
  return exactFormat.format(date);
}

// <time datetime title="exact">relative</time>, or "Unknown" for a missing value.
export function relativeTime(iso) {
  const date = new Date(iso);
  if (!iso || Number.isNaN(date.getTime())) return h('span', { class: 'muted' }, 'Unknown');
  return h('time', { datetime: iso, title: exact(date) }, relative(date));
}

// <time datetime>exact</time>, for logs where the exact time matters most.
export function exactTime(iso) {
  const date = new Date(iso);
  if (!iso || Number.isNaN(date.getTime())) return h('span', { class: 'muted' }, 'Unknown');
  return h('time', { datetime: iso }, exact(date));
}

// <input type="datetime-local"> speaks local wall-clock time without a zone;
// the API and the URL speak UTC instants.
export function localInputToIso(value) {
  return value ? new Date(value).toISOString() : '';
}

export function isoToLocalInput(iso) {
  const date = new Date(iso);
  if (!iso || Number.isNaN(date.getTime())) return '';
  return new Date(date.getTime() - date.getTimezoneOffset() * 60000).toISOString().slice(0, 16);
}
