// The account page's second-factor buttons. The starter answers a new authenticator's secret and the
// recovery codes only in a JSON body (never in a URL), so these two are fetch() calls with the form's
// CSRF token; everything else on the page is a plain form.
(function () {
  'use strict';
  var csrf = document.getElementById('csrf');

  function post(path) {
    var body = new URLSearchParams();
    body.append(csrf.dataset.parameter, csrf.dataset.token);
    return fetch(path, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Accept': 'application/json' },
      body: body
    }).then(function (response) {
      return response.json().then(function (json) {
        return { ok: response.ok, status: response.status, json: json };
      });
    });
  }

  var addTotp = document.getElementById('add-totp');
  if (addTotp) {
    addTotp.addEventListener('click', function () {
      addTotp.disabled = true;
      post('/auth/mfa/totp').then(function (answer) {
        if (!answer.ok) {
          addTotp.disabled = false;
          return;
        }
        if (answer.json.qrCode) {
          document.getElementById('totp-qr').src = answer.json.qrCode;
        }
        document.getElementById('totp-secret').textContent = answer.json.secret;
        document.getElementById('totp-setup').hidden = false;
        addTotp.hidden = true;
        document.getElementById('totp-code').focus();
      });
    });
  }

  var createCodes = document.getElementById('create-recovery-codes');
  createCodes.addEventListener('click', function () {
    createCodes.disabled = true;
    post('/auth/mfa/recovery-codes').then(function (answer) {
      var text = document.getElementById('recovery-codes-text');
      text.hidden = false;
      if (!answer.ok) {
        text.textContent = (answer.status === 409)
          ? 'You created your recovery codes already: they were shown once.'
          : (answer.json.message || 'The codes could not be created.');
        return;
      }
      text.textContent = 'Write these down or print them now: they are not shown again.';
      var list = document.getElementById('recovery-codes');
      answer.json.recoveryCodes.forEach(function (code) {
        var item = document.createElement('li');
        item.textContent = code;
        list.appendChild(item);
      });
      list.hidden = false;
      createCodes.hidden = true;
    });
  });
})();
