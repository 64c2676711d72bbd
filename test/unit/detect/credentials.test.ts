import { describe, expect, it } from 'vitest';
import {
  detectInlinePassword,
  detectPasswordHash,
  detectSecret,
  isPlaceholderSecret,
  looksLikeHash,
} from '../../../shared/detect/detectors/credentials';
import { run } from '../../support/sink';

/** `category/subtype` of each match, or the near-miss names when nothing matched. */
function verdict(detector: Parameters<typeof run>[0], value: string): string[] {
  const r = run(detector, value);
  return r.matches.length > 0 ? r.matches.map((m) => `${m.category}/${m.subtype}`) : r.misses.map((m) => `miss:${m}`);
}

const BCRYPT = '$2b$12$KIXQJZ1q1y1y1y1y1y1y1uQ0rWJ9XrQe6q3z1yL0bC9Vd8s7o5Wm2';
const SHA1_OF_PASSWORD = '5baa61e4c9b93f3f0682250b6cf8331b7ee68fd8';
const JWT_IO =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';

describe('detectPasswordHash', () => {
  const valid: Array<[string, string, string]> = [
    [BCRYPT, 'bcrypt', 'pattern:crypt'],
    ['$2y$10$abcdefghijklmnopqrstuuABCDEFGHIJKLMNOPQRSTUVWXYZ01234', 'bcrypt', 'pattern:crypt'],
    ['$2a$04$......................0123456789abcdefghijklmnopqrstu', 'bcrypt', 'pattern:crypt'],
    ['$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG', 'argon2', 'pattern:crypt'],
    ['$argon2i$v=19$m=4096,t=3,p=1$c29tZXNhbHQ$iWh06vD8Fy27wf9npn6FXWiCX4K6pW6Ue1Bnzz07Z8A', 'argon2', 'pattern:crypt'],
    ['$scrypt$ln=16,r=8,p=1$aM15713r3Xsvxbi31lqr1Q$nFNh2CVHVjNldFVKDHDlm4CbdRSCdEBsjjJxD+iCs5E', 'scrypt', 'pattern:crypt'],
    ['$7$C6..../....SodiumChloride$kBGj9fHznVYFQMEn/qDCfrDevf9YDtcDdKvEqHJLV8D', 'scrypt', 'pattern:crypt'],
    ['$y$j9T$F5Jx5fExrKuJdvXmTQp3o/$wIGlhW0RPkB3TMEhsBZLbQzY5Y9NQa4.UbrKfOtUMB2', 'yescrypt', 'pattern:crypt'],
    ['$pbkdf2-sha256$29000$N2bMOSeEcA7h3LvX2vs/Jw$ZbhRv7T7QYqUUWTa.eUuWyG4cvl2Yt5hw.gnvqcGjTA', 'pbkdf2', 'pattern:crypt'],
    ['pbkdf2_sha256$260000$TuhVzHHpLPtt$rdYSfO1kRXRWNbRUEiqSD0mdYAX5Yv8+1VsSjiARA9U=', 'pbkdf2', 'pattern:crypt'],
    [`$6$rounds=5000$saltsalt$${'a1/.'.repeat(21)}ab`, 'sha512_crypt', 'pattern:crypt'],
    [`$6$saltsalt$${'Zz9'.repeat(28)}zz`, 'sha512_crypt', 'pattern:crypt'],
    [`$5$saltsalt$${'B'.repeat(43)}`, 'sha256_crypt', 'pattern:crypt'],
    ['$1$saltsalt$qjQvpbHlR1E8Hf3Zr.Fqs/', 'md5_crypt', 'pattern:crypt'],
    ['$apr1$71850310$gh9m4xcAn3MGxogwX/ztb.', 'md5_crypt', 'pattern:crypt'],
    ['{SSHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g=', 'sha1', 'pattern:crypt'],
    ['5f4dcc3b5aa765d61d8327deb882cf99', 'md5', 'pattern:hex_digest'],
    [SHA1_OF_PASSWORD, 'sha1', 'pattern:hex_digest'],
    ['5E884898DA28047151D0E56F8DC6292773603D0D6AABBDD62A11EF721D1542D8', 'sha256', 'pattern:hex_digest'],
    ['b109f3bbbc244eb82441917ed06d618b9008dd09b3befd1b5e07394c706a8bb980b1d7785e5976ec049b46df5f1326af5a2ea6d103fd07c95385ffab0cacbc86', 'sha512', 'pattern:hex_digest'],
    ['XohImNooBHFR0OVvjcYpJ3NgPQ1qq73WKhHvch0VQtg=', 'sha256', 'pattern:hex_digest'],
    // What web applications and databases store, as their user tables are exported.
    ['$P$BcH7Ao1uIaGdJ4kTwX0P7DlzVfq6ux.', 'phpass', 'pattern:crypt'], // WordPress
    ['$H$9IQRaTwmfeRo7ud9Fh4E2PdI0S3r.L0', 'phpass', 'pattern:crypt'], // phpBB
    ['$wp$2y$10$3cMJrNwBiNd1yvhbrZUMNuxH0nV7pVzLlr0DHbQ9lNAYyQdbVFPlm', 'bcrypt', 'pattern:crypt'], // WordPress 6.8
    ['$S$DfvXGR5aLKb0HJPhfx2m0DgUu0rIJ2qeY7dXa/GZVcRUnFr8VUmz', 'drupal_sha512', 'pattern:crypt'],
    ['4e1e8e1ae4a4c7c3e98c7a1c8e3d1f2b:Xf9sKlq0Zn2PwR7tYb8uVc3mA1eD6gHj', 'salted_md5', 'pattern:crypt'], // Joomla
    ['sha1$a1976$a36cc8cbf81742a8fb52e221aaeab48ed7f58ab4', 'sha1', 'pattern:crypt'], // Django, legacy
    ['unsalted_md5$$9e107d9d372bb6826bd81d3542a419d6', 'md5', 'pattern:crypt'],
    ['*6BB4837EB74329105EE4568DDA7DC67ED2CA2AD9', 'mysql', 'pattern:crypt'],
    ['md53175bce1d3201d16594cebf9d7eb3f9d', 'md5', 'pattern:crypt'], // PostgreSQL
    ['SCRAM-SHA-256$4096:c2FsdHNhbHRzYWx0$YmFzZTY0c3RvcmVka2V5PQ==:c2VydmVya2V5c2VydmVya2V5PQ==', 'scram_sha256', 'pattern:crypt'],
    ['AQAAAAEAACcQAAAAEABRvbe6q9nKJtqwV3MfTLUSIb9S8eNPNfMXa8pKHtqhmR9BOtOmZjvT+HXwfunNXw==', 'pbkdf2', 'pattern:crypt'], // ASP.NET Identity
    ['{PKCS5S2}cJpiWT6ifT9Sbqz8YTs7OH2l9RxJb7uKvNc6Zp1dW0QnXk3uRMS8HjYdPqG4oLfE', 'pbkdf2', 'pattern:crypt'], // Atlassian
  ];
  it.each(valid)('%s is a %s hash', (v, subtype, evidence) => {
    expect(run(detectPasswordHash, v).matches).toEqual([{ category: 'password_hash', subtype, evidence }]);
    expect(looksLikeHash(v)).toBe(true);
  });

  const invalid: Array<[string, string[]]> = [
    ['$2b$12$short', ['miss:hash_format']],
    [`$2b$99$${'a'.repeat(53)}`, ['miss:hash_format']], // no such cost
    ['$6$saltsalt$tooshort', ['miss:hash_format']],
    ['$argon2id$v=19$m=65536$c29tZQ$abc', ['miss:hash_format']],
    ['12345678901234567890123456789012', []], // 32 digits: a number, not a digest
    ['deadbeefdeadbeefDEADBEEFdeadbeef', []], // mixed case: not how digests are printed
    ['abcdefabcdefabcdefabcdefabcdefab', []], // letters only
    ['5f4dcc3b5aa765d61d8327deb882cf9', []], // 31
    ['hello world', []],
    ['$100.00 paid', []],
    ['password123', []],
    ['aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa=', []], // base64-length but no digest entropy
    ['$P$BcH7Ao1uIaGdJ4kTwX0P7Dlz', ['miss:hash_format']], // phpass cut short
    ['Summer$2024', []],
    ['S3cr3t:pass', []],
    ['*secret*', []],
  ];
  it.each(invalid)('%s is not a hash', (v, expected) => {
    expect(verdict(detectPasswordHash, v)).toEqual(expected);
    expect(looksLikeHash(v)).toBe(false);
  });
});

describe('detectSecret', () => {
  const valid: Array<[string, string]> = [
    ['-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA', 'private_key'],
    ['-----BEGIN OPENSSH PRIVATE KEY-----', 'private_key'],
    ['-----BEGIN EC PRIVATE KEY-----', 'private_key'],
    ['-----BEGIN ENCRYPTED PRIVATE KEY-----', 'private_key'],
    ['see key: -----BEGIN PRIVATE KEY----- MIIEvQ', 'private_key'],
    ['AKIAZ3MHQWERTY234567', 'aws_access_key'],
    ['the id is ASIAY34FZKBOKMUTVV7A, rotate it', 'aws_access_key'],
    ['aws_secret_access_key = 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', 'aws_secret_key'],
    [`ghp_${'aB3'.repeat(12)}`, 'github_token'],
    [`token: gho_${'Zz9'.repeat(12)}`, 'github_token'],
    ['github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789abcd', 'github_token'],
    ['xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx', 'slack_token'],
    ['https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX', 'slack_webhook'],
    ['sk_live_4eC39HqLyjWDarjtT1zdp7dc', 'stripe_key'],
    ['rk_live_51H8abcDEF123ghiJKL', 'stripe_key'],
    ['AIzaSyA1b2C3d4E5f6G7h8I9j0KlMnOpQrStUvW', 'google_api_key'],
    [`OPENAI_API_KEY=sk-${'Ab1'.repeat(16)}`, 'openai_key'],
    [`sk-proj-${'Xy9_'.repeat(20)}`, 'openai_key'],
    [`sk-ant-api03-${'Qw3-'.repeat(20)}`, 'anthropic_key'],
    [JWT_IO, 'jwt'],
    [`Authorization: Bearer ${JWT_IO}`, 'jwt'],
    ['postgres://app:s3cr3t@db.internal:5432/prod', 'url_credentials'],
    ['postgresql://app:s3cr3t@db/prod?sslmode=require', 'url_credentials'],
    ['mysql://root:Hunter2!@127.0.0.1/shop', 'url_credentials'],
    ['mongodb+srv://admin:Hunter2@cluster0.mongodb.net/test', 'url_credentials'],
    ['redis://:p4ssw0rd@cache:6379', 'url_credentials'],
    ['amqps://guest:guest@rabbit/', 'url_credentials'],
    ['ftp://u:p@h', 'url_credentials'],
    ['jdbc:mysql://svc:Tr0ub4dor@db:3306/x', 'url_credentials'],
    ['log in at https://anna:hemligt@intranet.example.se/x today', 'url_credentials'],
  ];
  it.each(valid)('%s carries a %s', (v, subtype) => {
    const matches = run(detectSecret, v).matches;
    expect(matches).toHaveLength(1);
    expect(matches[0]).toMatchObject({ category: 'secret', subtype });
  });

  const invalid = [
    '-----BEGIN PUBLIC KEY-----',
    '-----BEGIN CERTIFICATE-----',
    'AKIAIOSFODNN7EXAMPLE', // AWS's documentation key
    'XAKIAZ3MHQWERTY234567',
    'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    'ghp_tooshort',
    'sk_test_4eC39HqLyjWDarjtT1zdp7dc', // test keys reach no money
    'task-list for the desk-top, sk-learn and risk-free', // sk- inside ordinary words
    `ask-${'Ab1'.repeat(16)}`,
    `sk-${'a'.repeat(48)}`, // no digits, no capitals: not a key
    'https://user@host.com/', // user only
    'https://user:@host.com', // empty password
    'postgres://user:password@localhost/db', // placeholder
    'postgres://u:${DB_PASS}@h/db',
    'mysql://root:<password>@db/x',
    'http://host:8080/path@x',
    SHA1_OF_PASSWORD, // a commit id or checksum: a hex digest, not a secret
    'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABeyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.abcdefghijklmnopqrstu',
    'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.', // unsigned: no signature
    'eyJhbGciOiJIUzI1NiJ9 is base64 for a JSON header',
    'xoxo-kisses-and-hugs-from-anna',
    'AIzaTooShort',
  ];
  it.each(invalid)('%s carries no secret', (v) => {
    expect(run(detectSecret, v)).toEqual({ matches: [], misses: [] });
  });
});

describe('detectInlinePassword', () => {
  const raw = [
    'password=hunter2',
    'password: Tr0ub4dor&3',
    'PASSWORD = hunter2',
    '{"user":"anna","password":"hunter2"}',
    "{'pwd': 'hunter2'}",
    'my password is hunter2',
    'passwd: s3cret!',
    'pass: qwerty1',
    'user: anna, pass: qwerty1',
    'DB_PASS=abc123',
    'dbPassword=x9y8z7',
    'new_password: Vinter2025',
    'login?user=a&password=hunter2&x=1',
    'Lösenord: Sommar2024!', // sv
    'lösenordet är Kaffe123',
    'Passwort: geheim123', // de
    'Kennwort = Xy!9zz',
    'mot de passe : azerty12', // fr
    'contraseña: Madrid2020', // es
    'wachtwoord: fiets123', // nl
    'adgangskode: hund1234', // da
    'passord: Fjell99', // no
    'salasana: kissa123', // fi
    'password: Roma2021', // it uses the English word
    'hasło: Zaq12wsx', // pl
    'Kund ringde. Lösenord: Sommar2024! Ärendet stängt.',
  ];
  it.each(raw)('%s holds a raw password', (v) => {
    expect(verdict(detectInlinePassword, v)).toEqual(['password_raw/null']);
  });

  it.each([
    [`password=${BCRYPT}`, 'password_hash/bcrypt'],
    [`"password": "${SHA1_OF_PASSWORD}"`, 'password_hash/sha1'],
    ['lösenord: 5f4dcc3b5aa765d61d8327deb882cf99', 'password_hash/md5'],
  ])('%s holds a hash, not a raw password', (v, expected) => {
    expect(verdict(detectInlinePassword, v)).toEqual([expected]);
  });

  const notRaw: Array<[string, string[]]> = [
    ['password reset requested', []],
    ['Passwort vergessen', []],
    ['Lösenordet har ändrats', []],
    ['Kunden har glömt sitt lösenord', []],
    ['password: ********', ['miss:password_placeholder']],
    ['password: <redacted>', ['miss:password_placeholder']],
    ['password: [hidden]', ['miss:password_placeholder']],
    ['password=xxx', ['miss:password_placeholder']],
    ['password: null', ['miss:password_placeholder']],
    ['password: none', ['miss:password_placeholder']],
    ['password: N/A', ['miss:password_placeholder']],
    ['password: -', ['miss:password_placeholder']],
    ['password: reset', ['miss:password_placeholder']],
    ['Password: changed 2024-01-01', ['miss:password_placeholder']],
    ['Password: expired', ['miss:password_placeholder']],
    ['Passwort: vergessen', ['miss:password_placeholder']],
    ['lösenord: glömt', ['miss:password_placeholder']],
    ['Your password: has expired', ['miss:password_placeholder']],
    ['the password is wrong', ['miss:password_placeholder']],
    ['password is required', ['miss:password_placeholder']],
    ['password: ${DB_PASSWORD}', ['miss:password_placeholder']],
    ['password: string', ['miss:password_placeholder']],
    ['password: ', []],
    ['"password": ""', []],
    ['Boarding pass: 12A', []], // `pass` after a plain word is not a key
    ['passport: X1234567', []],
    ['password_hash=abc', []],
    ['password_reset_token=abc', []],
    ['compass: north', []],
    ['bypass=true', []],
    ['Passenger: Anna', []],
    ['"password": {"type": "string"}', []],
  ];
  it.each(notRaw)('%s holds no raw password', (v, expected) => {
    expect(verdict(detectInlinePassword, v)).toEqual(expected);
  });
});

describe('isPlaceholderSecret', () => {
  it.each(['********', '*', 'xxxx', 'XXXXXX', '••••••', '-', '—', '<redacted>', '[hidden]', '(removed)', '{{password}}', '${DB_PASSWORD}', '%DB_PASS%', '$PGPASSWORD', 'null', 'NULL', 'None', 'N/A', 'n/a', 'reset', 'Reset requested', 'changed', 'expired', 'forgotten', 'vergessen', 'glömt', 'Glömt', 'ändrat', 'oublié', 'olvidada', 'unohtunut', 'zapomniane',
    '!Xb7kQ2mN9pL4vR8sT1wY6zA3cE5gH0jK2nP4qS7u', '!', '!!', `!${BCRYPT}`])(
    '%s is a placeholder',
    (v) => expect(isPlaceholderSecret(v)).toBe(true),
  );
  it.each(['hunter2', 'Sommar2024!', 'correct horse battery staple', 'x9y8z7', 'P@ssw0rd', 'qwerty', '123456', 'x1', 'resetme1', BCRYPT, '!Passw0rd', '!Xb7kQ2mN9pL4vR8sT1wY6zA3cE5gH0jK2nP4qS7'])(
    '%s is not a placeholder',
    (v) => expect(isPlaceholderSecret(v)).toBe(false),
  );
});
