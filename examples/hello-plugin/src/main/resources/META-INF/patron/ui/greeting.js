// The customer page's greeting section: this plugin's own route, called with the person's session.
import { html } from 'lit';
import { PatronElement, get } from '/ui/app/sdk.js';

class HelloGreeting extends PatronElement {
  static properties = { customer: { attribute: false }, greeting: { state: true } };

  updated(changed) {
    if (changed.has('customer') && this.customer) {
      get('/plugins/hello/greeting?name=' + encodeURIComponent(this.customer.firstName))
        .then((answer) => { this.greeting = answer.greeting; });
    }
  }

  render() {
    return html`<p class="hello-greeting">${this.greeting ?? ''}</p>`;
  }
}

customElements.define('hello-greeting', HelloGreeting);
