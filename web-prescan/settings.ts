/**
 * The settings section: turning on two-factor authentication (a QR code of the secret to scan;
 * backup codes are shown once, as the API returns them only once) and, for admins, the
 * organisation's GDPR check, retention policy and invitations.
 */
import { api } from './auth';
import { $, fail, onSubmit, say, show } from './dom';
import { qrSvg } from './qr';

/** Fills the section for the signed-in user; admins also get the organisation's settings. */
export async function showSettings(me: { user: { twoFactorEnabled: boolean }; org: { role: string } }): Promise<void> {
  $('twofa-state').textContent = me.user.twoFactorEnabled ? 'Two-factor authentication is on.' : 'Two-factor authentication is off.';
  show('twofa-start', !me.user.twoFactorEnabled);
  show('org-settings', me.org.role === 'admin');
  if (me.org.role === 'admin') await loadOrg();
}

$('twofa-start').addEventListener('click', async () => {
  try {
    const s = await api<{ secret: string; otpauthUrl: string }>('POST', '/auth/2fa/setup');
    $('twofa-secret').textContent = s.secret;
    $('twofa-url').textContent = s.otpauthUrl;
    $('twofa-qr').replaceChildren(qrSvg(s.otpauthUrl, 'QR code of the secret for your authenticator app'));
    show('twofa-form');
    $('twofa-code').focus();
  } catch (err) {
    fail(err);
  }
});

onSubmit('twofa-form', async (d) => {
  const out = await api<{ backupCodes: string[] }>('POST', '/auth/2fa/enable', { code: d.code.trim() });
  $('backup-list').replaceChildren(
    ...out.backupCodes.map((c) => {
      const li = document.createElement('li');
      li.textContent = c;
      return li;
    }),
  );
  show('twofa-form', false);
  // The secret has done its job: it does not stay in the page.
  for (const id of ['twofa-qr', 'twofa-secret', 'twofa-url']) $(id).replaceChildren();
  show('twofa-start', false);
  show('backup');
  $('twofa-state').textContent = 'Two-factor authentication is on.';
  say('Two-factor authentication is on. Write down the backup codes now: they are not shown again.');
});

type OrgSettings = { gdprCheckEnabled: boolean; retentionPolicy: string };

async function loadOrg(): Promise<void> {
  const org = await api<OrgSettings>('GET', '/org');
  $<HTMLInputElement>('org-gdpr').checked = org.gdprCheckEnabled;
  $<HTMLSelectElement>('org-retention').value = org.retentionPolicy;
}

onSubmit('org-form', async () => {
  const body: OrgSettings = { gdprCheckEnabled: $<HTMLInputElement>('org-gdpr').checked, retentionPolicy: $<HTMLSelectElement>('org-retention').value };
  await api('PATCH', '/org', body);
  say('Organisation settings saved.');
});

onSubmit('invite-form', async (d) => {
  await api('POST', '/org/invitations', { email: d.email, role: d.role });
  $<HTMLFormElement>('invite-form').reset();
  say(`Invitation sent to ${d.email}.`);
});
