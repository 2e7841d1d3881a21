import { html, nothing } from 'lit';
import { ApiError, call, OfflineError } from './api.js';
import { PatronElement } from './element.js';
import { t } from './i18n.js';

/** The page an invitation or reset link opens: the token is in the address's fragment. */
class PatronSetPassword extends PatronElement {
  static properties = { error: { state: true }, done: { state: true } };

  async submit(event) {
    event.preventDefault();
    const token = new URLSearchParams(location.hash.slice(1)).get('token');
    const password = new FormData(event.target).get('password');
    this.error = null;
    try {
      await call('POST', '/auth/password-links', { body: { token, password } });
      this.done = true;
    } catch (e) {
      this.error = e instanceof OfflineError ? t('offline')
        : e instanceof ApiError ? (e.fields.password || e.message) : String(e);
    }
  }

  render() {
    if (this.done) {
      return html`<article class="narrow"><p role="status">${t('setPassword.done')}</p><a href="/">${t('signIn.submit')}</a></article>`;
    }
    return html`
      <article class="narrow">
        <h1>${t('setPassword.title')}</h1>
        <form @submit=${(e) => this.submit(e)}>
          <label>${t('signIn.password')}
            <input name="password" type="password" required minlength="12" autocomplete="new-password"
              aria-describedby="password-hint" aria-invalid=${this.error ? 'true' : nothing}></label>
          <small id="password-hint">${this.error || t('setPassword.hint')}</small>
          <button type="submit">${t('setPassword.submit')}</button>
        </form>
      </article>`;
  }
}

customElements.define('patron-set-password', PatronSetPassword);
