// Small pieces shared by the pages: messages, the confirmation dialog, the
// pager and table cells.
import { ApiError } from './api.js';
import { h } from './dom.js';
import { navigate } from './router.js';

// Live regions must already be in the page when their text changes, or screen
// readers may not announce it; so they stay in place and are only emptied.
export function messageEl(role, attrs = {}) {
  return h(role === 'alert' ? 'p' : 'div', { role, class: 'message', ...attrs });
}

export function showMessage(el, text) {
  el.textContent = text;
}

export function showError(el, err) {
  if (!(err instanceof ApiError)) console.error(err);
  showMessage(el, err instanceof ApiError ? err.message : 'Something went wrong. Reload the page and try again.');
}

/**
 * Runs one user action: clears old messages, then shows `success` (text, or a
 * function of the result) in messages.status or the error in messages.alert.
 * Resolves to whether it worked.
 */
export async function perform(messages, action, success) {
  showMessage(messages.status, '');
  showMessage(messages.alert, '');
  try {
    const result = await action();
    showMessage(messages.status, typeof success === 'function' ? success(result) : success);
    return true;
  } catch (err) {
    showError(messages.alert, err);
    return false;
  }
}

export function plural(count, word) {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

let dialog = null;

// One shared modal <dialog id="confirm">; resolves true only for the confirm button.
export function confirmAction({ title, message, confirmLabel }) {
  dialog ??= buildDialog();
  dialog.querySelector('#confirm-title').textContent = title;
  dialog.querySelector('#confirm-message').textContent = message;
  dialog.querySelector('#confirm-yes').textContent = confirmLabel;
  dialog.returnValue = '';
  return new Promise((resolve) => {
    // Escape also closes the dialog, with an empty returnValue.
    dialog.addEventListener('close', () => resolve(dialog.returnValue === 'yes'), { once: true });
    dialog.showModal();
  });
}

function buildDialog() {
  const el = h('dialog', { id: 'confirm', 'aria-labelledby': 'confirm-title', 'aria-describedby': 'confirm-message' },
    h('h2', { id: 'confirm-title' }),
    h('p', { id: 'confirm-message' }),
    h('div', { class: 'actions' },
      // Cancel comes first, so it gets the initial focus: the safe choice.
      h('button', { type: 'button', onclick: () => el.close('cancel') }, 'Cancel'),
      h('button', { type: 'button', id: 'confirm-yes', class: 'danger', onclick: () => el.close('yes') })));
  document.body.append(el);
  return el;
}

/** Previous/next buttons around a status text; a null hash disables that button. */
export function pager({ label, previous: [previousText, previousHash], next: [nextText, nextHash], text }) {
  return h('nav', { class: 'pager', 'aria-label': label },
    h('button', { type: 'button', disabled: !previousHash, onclick: () => navigate(previousHash) }, previousText),
    h('span', {}, text),
    h('button', { type: 'button', disabled: !nextHash, onclick: () => navigate(nextHash) }, nextText));
}

// The label reappears before the value when narrow screens stack a table's cells.
export function cell(label, ...children) {
  return h('td', { 'data-label': label }, ...children);
}

export function emptyRow(columns, text) {
  return h('tr', {}, h('td', { colspan: columns, class: 'empty' }, text));
}
