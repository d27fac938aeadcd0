// Passkeys through the starter's WebAuthn endpoints (Spring Security's ceremonies): the sign-in
// page's button signs in with no email typed and follows the answer; the passkeys page's form
// adds one and reloads the list.
(function () {
  function decode(text) {
    var binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) { bytes[i] = binary.charCodeAt(i); }
    return bytes.buffer;
  }
  function encode(buffer) {
    return btoa(String.fromCharCode.apply(null, new Uint8Array(buffer)))
      .replace(/=/g, '').replace(/\+/g, '-').replace(/\//g, '_');
  }
  function show(element, message) { element.textContent = message; element.hidden = false; }
  async function headers(csrfUrl) {
    var csrf = await (await fetch(csrfUrl, { headers: { 'Accept': 'application/json' } })).json();
    var result = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    result[csrf.headerName] = csrf.token;
    return result;
  }

  var button = document.getElementById('passkey-sign-in');
  if (button && !window.PublicKeyCredential) { button.hidden = true; }
  else if (button) {
    var signInError = document.getElementById('passkey-sign-in-error');
    button.addEventListener('click', async function () {
      var urls = button.dataset;
      signInError.hidden = true;
      try {
        var sent = await headers(urls.csrf);
        var options = await (await fetch(urls.options, { method: 'POST', headers: sent })).json();
        options.challenge = decode(options.challenge);
        options.allowCredentials = [];
        var credential = await navigator.credentials.get({ publicKey: options });
        var response = credential.response;
        var body = { id: credential.id, rawId: encode(credential.rawId), type: credential.type,
          response: { authenticatorData: encode(response.authenticatorData), clientDataJSON: encode(response.clientDataJSON),
            signature: encode(response.signature), userHandle: response.userHandle ? encode(response.userHandle) : undefined },
          clientExtensionResults: credential.getClientExtensionResults(),
          authenticatorAttachment: credential.authenticatorAttachment };
        var answer = await fetch(urls.login + (urls.query || ''), { method: 'POST', headers: sent, body: JSON.stringify(body) });
        var json = await answer.json().catch(function () { return {}; });
        if (answer.ok && json.redirectUrl) { location.assign(json.redirectUrl); }
        else if (answer.ok && json.mfaRequired) { location.assign(urls.mfa); }
        else { show(signInError, json.message || 'That passkey could not sign you in.'); }
      } catch (e) {
        show(signInError, 'That passkey could not sign you in.');
      }
    });
  }

  var form = document.getElementById('add-passkey');
  if (form) {
    var addError = document.getElementById('passkey-error');
    form.addEventListener('submit', async function (event) {
      var urls = form.dataset;
      event.preventDefault();
      addError.hidden = true;
      try {
        var sent = await headers(urls.csrf);
        var options = await (await fetch(urls.options, { method: 'POST', headers: sent })).json();
        options.challenge = decode(options.challenge);
        options.user.id = decode(options.user.id);
        options.excludeCredentials = (options.excludeCredentials || []).map(function (c) { return Object.assign({}, c, { id: decode(c.id) }); });
        var credential = await navigator.credentials.create({ publicKey: options });
        var response = credential.response;
        var body = { publicKey: { label: document.getElementById('passkey-label').value, credential: {
          id: credential.id, rawId: encode(credential.rawId), type: credential.type,
          response: { attestationObject: encode(response.attestationObject), clientDataJSON: encode(response.clientDataJSON),
            transports: response.getTransports ? response.getTransports() : [] },
          clientExtensionResults: credential.getClientExtensionResults(),
          authenticatorAttachment: credential.authenticatorAttachment } } };
        var registered = await fetch(urls.register, { method: 'POST', headers: sent, body: JSON.stringify(body) });
        if (!registered.ok) { show(addError, 'The passkey could not be added. Try again.'); return; }
        location.reload();
      } catch (e) {
        show(addError, 'The passkey could not be added. Try again.');
      }
    });
  }
})();
