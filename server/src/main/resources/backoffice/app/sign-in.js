import { html } from 'lit';
import { ApiError, call, OfflineError } from './api.js';
import { PatronElement } from './element.js';
import { t } from './i18n.js';

/** Email, password and the restaurant; signs in and hands the session to the shell. */
class PatronSignIn extends PatronElement {
  static properties = { error: { state: true }, busy: { state: true } };

  async submit(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    this.busy = true;
    this.error = null;
    try {
      const { body } = await call('POST', '/auth/sessions', { body: {
        tenant: form.get('tenant').trim(), email: form.get('email').trim(), password: form.get('password') } });
      localStorage.setItem('patron.tenant', form.get('tenant').trim());
      this.dispatchEvent(new CustomEvent('signed-in', { detail: body, bubbles: true }));
    } catch (e) {
      this.error = e instanceof OfflineError ? t('offline')
        : e instanceof ApiError && e.status === 429 ? t('signIn.wait', { s: e.problem.retryAfter })
          : e instanceof ApiError && e.status === 400 ? e.message : t('signIn.failed');
    } finally {
      this.busy = false;
    }
  }

  render() {
    return html`
      <article class="narrow">
        <h1>${t('signIn.title')}</h1>
        <form @submit=${(e) => this.submit(e)}>
          <label>${t('signIn.tenant')}
            <input name="tenant" required autocomplete="organization" value=${localStorage.getItem('patron.tenant') || ''}
              aria-describedby="tenant-hint"></label>
          <small id="tenant-hint">${t('signIn.tenantHint')}</small>
          <label>${t('signIn.email')}<input name="email" type="email" required autocomplete="username"></label>
          <label>${t('signIn.password')}<input name="password" type="password" required autocomplete="current-password"></label>
          ${this.error ? html`<p role="alert" class="error">${this.error}</p>` : ''}
          <button type="submit" ?aria-busy=${this.busy} ?disabled=${this.busy}>${t('signIn.submit')}</button>
        </form>
      </article>`;
  }
}

customElements.define('patron-sign-in', PatronSignIn);
