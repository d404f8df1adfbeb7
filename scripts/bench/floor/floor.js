// The floor page's whole program: see index.html.
const form = document.getElementById('form');
const output = document.getElementById('token');
const encoder = new TextEncoder();
let cached = { secret: '', key: undefined };

const base64url = (bytes) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
const segment = (value) => base64url(encoder.encode(JSON.stringify(value)));

async function signingKey(secret) {
  // Kept while the secret stays the same, as the app keeps its CryptoKey.
  if (cached.secret !== secret || !cached.key) {
    const key = await crypto.subtle.importKey(
      'raw',
      encoder.encode(secret),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign'],
    );
    cached = { secret, key };
  }
  return cached.key;
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const fields = Object.fromEntries(new FormData(form));
  const now = Math.floor(Date.now() / 1000);
  const video = fields.room ? { room: fields.room } : {};
  const header = { alg: 'HS256', typ: 'JWT', cty: 'twilio-fpa;v=1' };
  const payload = {
    jti: `${fields.apiKeySid}-${now}`,
    grants: { identity: fields.identity, video },
    iat: now,
    exp: now + Number(fields.ttl),
    iss: fields.apiKeySid,
    sub: fields.accountSid,
  };
  const input = `${segment(header)}.${segment(payload)}`;
  const key = await signingKey(fields.apiKeySecret);
  const signature = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(input)));
  output.textContent = `${input}.${base64url(signature)}`;
});
