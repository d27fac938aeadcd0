// Adds a passkey through the starter's WebAuthn endpoints (Spring Security's registration
// ceremony), then reloads the list.
(function () {
  var form = document.getElementById('add-passkey');
  if (!form) { return; }
  var urls = form.dataset;
  var error = document.getElementById('passkey-error');
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
  form.addEventListener('submit', async function (event) {
    event.preventDefault();
    error.hidden = true;
    try {
      var csrf = await (await fetch(urls.csrf, { headers: { 'Accept': 'application/json' } })).json();
      var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
      headers[csrf.headerName] = csrf.token;
      var options = await (await fetch(urls.options, { method: 'POST', headers: headers })).json();
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
      var registered = await fetch(urls.register, { method: 'POST', headers: headers, body: JSON.stringify(body) });
      if (!registered.ok) { fail('The passkey could not be added. Try again.'); return; }
      location.reload();
    } catch (e) {
      fail('The passkey could not be added. Try again.');
    }
  });
})();
