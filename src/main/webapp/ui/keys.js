// #/admin/keys: rotate the key that signs access tokens (security-admin only).
import { api } from './api.js';
import { h } from './dom.js';
import { confirmAction, messageEl, perform } from './ui.js';

export function keysPage() {
  const messages = { status: messageEl('status'), alert: messageEl('alert') };

  async function rotate() {
    const yes = await confirmAction({ title: 'Rotate the signing key?',
      message: 'A new key is published at once and takes over signing after the publish-ahead delay. '
        + 'Tokens signed with the old key stay valid until they expire.',
      confirmLabel: 'Rotate signing key' });
    if (yes) {
      await perform(messages, () => api.post('admin/keys/rotate'),
        ({ kid }) => `New key ${kid} is published now and signs after the publish-ahead delay.`);
    }
  }

  return h('section', {},
    h('h1', { tabindex: -1 }, 'Signing keys'),
    h('p', {}, 'Access tokens are signed with the current key and checked against the published keys. '
      + 'Rotate the key if you suspect it has leaked: the new key is published first, so services know it '
      + 'before any token signed with it reaches them.'),
    h('div', { class: 'actions' }, h('button', { type: 'button', class: 'danger', onclick: rotate }, 'Rotate signing key')),
    messages.status,
    messages.alert);
}
