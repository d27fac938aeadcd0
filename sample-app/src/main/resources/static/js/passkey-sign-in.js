// Signs in with a passkey (no email typed) through the starter's WebAuthn endpoints, then
// follows the answer: the page asked for, or the second-factor page.
(function () {
  var button = document.getElementById('passkey-sign-in');
  if (!button) { return; }
  if (!window.PublicKeyCredential) { button.hidden = true; return; }
  var urls = button.dataset;
  var error = document.getElementById('passkey-sign-in-error');
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
  function fail(message) { error.textContent = message; error.hidden = false; }
  button.addEventListener('click', async function () {
    error.hidden = true;
    try {
      var csrf = await (await fetch(urls.csrf, { headers: { 'Accept': 'application/json' } })).json();
      var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
      headers[csrf.headerName] = csrf.token;
      var options = await (await fetch(urls.options, { method: 'POST', headers: headers })).json();
      options.challenge = decode(options.challenge);
      options.allowCredentials = [];
      var credential = await navigator.credentials.get({ publicKey: options });
      var response = credential.response;
      var body = { id: credential.id, rawId: encode(credential.rawId), type: credential.type,
        response: { authenticatorData: encode(response.authenticatorData), clientDataJSON: encode(response.clientDataJSON),
          signature: encode(response.signature), userHandle: response.userHandle ? encode(response.userHandle) : undefined },
        clientExtensionResults: credential.getClientExtensionResults(),
        authenticatorAttachment: credential.authenticatorAttachment };
      var answer = await fetch(urls.login + (urls.query || ''), { method: 'POST', headers: headers, body: JSON.stringify(body) });
      var json = await answer.json().catch(function () { return {}; });
      if (answer.ok && json.redirectUrl) { location.assign(json.redirectUrl); }
      else if (answer.ok && json.mfaRequired) { location.assign(urls.mfa); }
      else { fail(json.message || 'That passkey could not sign you in.'); }
    } catch (e) {
      fail('That passkey could not sign you in.');
    }
  });
})();
