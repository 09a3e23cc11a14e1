// The sign-in page, shown whenever there is no signed-in user.
import { ApiError, signIn } from './api.js';
import { h } from './dom.js';
import { showError, showMessage } from './ui.js';

/** `message` explains why we are here (e.g. the session ended); onSignedIn gets the login grant. */
export function signInPage({ message, onSignedIn }) {
  const username = h('input', { type: 'text', id: 'username', name: 'username', autocomplete: 'username',
    required: true, autocapitalize: 'none' });
  const password = h('input', { type: 'password', id: 'password', name: 'password',
    autocomplete: 'current-password', required: true });
  const error = h('p', { role: 'alert', id: 'sign-in-error', class: 'message' }, message);
  let pending = false;

  async function submit(event) {
    event.preventDefault();
    // The button stays enabled (disabling it would drop keyboard focus); ignore double submits instead.
    if (pending) return;
    pending = true;
    showMessage(error, '');
    try {
      onSignedIn(await signIn(username.value, password.value));
    } catch (err) {
      if (err instanceof ApiError) showMessage(error, explain(err));
      else showError(error, err);
      password.select();
    } finally {
      pending = false;
    }
  }

  return h('section', { class: 'sign-in' },
    h('h1', { tabindex: -1 }, 'Multisession'),
    h('p', { class: 'muted' }, 'Use your account to see and manage where you are signed in.'),
    error,
    h('form', { class: 'card stack', onsubmit: submit },
      h('div', { class: 'field' }, h('label', { for: 'username' }, 'Username'), username),
      h('div', { class: 'field' }, h('label', { for: 'password' }, 'Password'), password),
      h('button', { type: 'submit', class: 'primary' }, 'Sign in')));
}

function explain(err) {
  if (err.status === 401 || err.is('invalid-credentials')) return 'Wrong username or password.';
  if (err.status === 429) {
    return err.retryAfter == null ? 'Too many attempts. Try again later.'
      : `Too many attempts. Try again in ${err.retryAfter} seconds.`;
  }
  if (err.is('session-limit-reached')) {
    return `You have reached the maximum number of sessions. Sign out on another device first. ${err.message}`;
  }
  return err.message;
}
