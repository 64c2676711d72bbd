import { describe, expect, it } from 'vitest';
import { classifyHeader, headerLooksLikeLabel, normalizeHeader, namesEventDate } from '../../../shared/detect/headers';
import { HEADER_TERMS } from '../../../shared/detect/data/header-terms';
import { SCRIPT_HEADER_TERMS } from '../../../shared/detect/data/script-header-terms';

describe('normalizeHeader', () => {
  it.each([
    ['FirstName', 'first name'],
    ['tel_nr', 'tel nr'],
    ['E-post', 'e post'],
    ['Geb.Datum', 'geb datum'],
    ['IPAddress', 'ip address'],
    ['userID', 'user id'],
    ['  Födelse-Datum (ÅÅÅÅ) ', 'fodelse datum aaaa'],
    ["driver's license", 'drivers license'],
    ["nom d'usage", 'nom d usage'],
    ['address1', 'address 1'],
    ['Order #', 'order nr'],
    ['Łódź/Straße:Nr', 'lodz strasse nr'],
  ])('%s → %s', (h, expected) => {
    expect(normalizeHeader(h)).toBe(expected);
  });
});

type Case = [header: string, category: string | null, strength?: 'strong' | 'weak', subtype?: string | null];

const PII: Case[] = [
  // Database-style abbreviations and Synthea's columns
  ['first_nm', 'first_name', 'strong'],
  ['cust_nm', 'person_name', 'strong'],
  ['birth_dt', 'date_of_birth', 'strong'],
  ['DOB_date', 'date_of_birth', 'strong'],
  ['F. Nacimiento', 'date_of_birth', 'strong'],
  ['MAIDEN', 'last_name', 'strong'],
  // Portuguese (Brazil) and Indian exports
  ['Data de Nascimento', 'date_of_birth', 'strong'],
  ['Endereço', 'street_address', 'strong'],
  ['CEP', 'postal_code', 'strong'],
  ['Cidade', 'city', 'strong'],
  ['Sobrenome', 'last_name', 'strong'],
  ['Telefone', 'phone', 'strong'],
  ['CPF', 'national_id', 'strong'],
  ['Pin Code', 'postal_code', 'strong'],
  ['Aadhaar Number', 'national_id', 'strong'],
  // English
  ['Email', 'email', 'strong'],
  ['email_address', 'email', 'strong'],
  ['Phone Number', 'phone', 'strong'],
  ['mobile', 'phone', 'strong'],
  ['cell', 'phone', 'strong'],
  ['FirstName', 'first_name', 'strong'],
  ['last_name', 'last_name', 'strong'],
  ['Surname', 'last_name', 'strong'],
  ['full name', 'person_name', 'strong'],
  ['customer name', 'person_name', 'strong'],
  ['contact name', 'person_name', 'strong'],
  ['Name', 'person_name', 'weak'],
  ['Street Address', 'street_address', 'strong'],
  ['DRIVERS', 'drivers_license', 'strong'],
  ['billing_address', 'street_address', 'strong'],
  ['zip', 'postal_code', 'strong'],
  ['ZIP Code', 'postal_code', 'strong'],
  ['city', 'city', 'strong'],
  ['town', 'city', 'strong'],
  ['dob', 'date_of_birth', 'strong'],
  ['DOB', 'date_of_birth', 'strong'],
  ['bday', 'date_of_birth', 'strong'],
  ['birthdate', 'date_of_birth', 'strong'],
  ['Date of Birth', 'date_of_birth', 'strong'],
  ['age', 'age', 'strong'],
  ['gender', 'gender', 'strong'],
  ['sex', 'gender', 'strong'],
  ['SSN', 'national_id', 'strong', 'ssn_us'],
  ['social_security_number', 'national_id', 'strong', 'ssn_us'],
  ['NINO', 'national_id', 'strong', 'nino_uk'],
  ['National Insurance Number', 'national_id', 'strong', 'nino_uk'],
  ['national id', 'national_id', 'strong', null],
  ['id number', 'national_id', 'strong', null],
  ['passport_no', 'passport', 'strong'],
  ["driver's license", 'drivers_license', 'strong'],
  ['IBAN', 'iban', 'strong'],
  ['account number', 'bank_account', 'strong'],
  ['routing_number', 'bank_account', 'strong'],
  ['card number', 'credit_card', 'strong'],
  ['CVV', 'card_security_code', 'strong'],
  ['cvv2', 'card_security_code', 'strong'],
  ['ip', 'ip_address', 'strong'],
  ['IPAddress', 'ip_address', 'strong'],
  ['mac', 'mac_address', 'strong'],
  ['IMEI', 'device_id', 'strong'],
  ['device_id', 'device_id', 'strong'],
  ['IDFA', 'device_id', 'strong'],
  ['gaid', 'device_id', 'strong'],
  ['lat', 'geo_location', 'strong'],
  ['lng', 'geo_location', 'strong'],
  ['Longitude', 'geo_location', 'strong'],
  ['coordinates', 'geo_location', 'strong'],
  ['license_plate', 'license_plate', 'strong'],
  ['username', 'username', 'strong'],
  ['login', 'username', 'strong'],
  ['customer_id', 'customer_id', 'strong'],
  ['userID', 'customer_id', 'strong'],
  ['patient id', 'customer_id', 'strong'],
  ['employee_no', 'customer_id', 'strong'],
  ['client id', 'customer_id', 'strong'],
  ['ID', 'customer_id', 'weak'],
  ['diagnosis', 'health', 'strong'],
  ['ICD10', 'health', 'strong'],
  ['medication', 'health', 'strong'],
  ['blood type', 'health', 'strong'],
  ['allergies', 'health', 'strong'],
  ['disability', 'health', 'strong'],
  ['religion', 'special_category', 'strong', 'religion'],
  ['ethnicity', 'special_category', 'strong', 'racial_ethnic_origin'],
  ['political_party', 'special_category', 'strong', 'political_opinion'],
  ['trade union', 'special_category', 'strong', 'trade_union'],
  ['sexual orientation', 'special_category', 'strong', 'sex_life_orientation'],
  ['genetic', 'special_category', 'strong', 'genetic'],
  ['biometric', 'special_category', 'strong', 'biometric'],
  ['fingerprint', 'special_category', 'strong', 'biometric'],
  ['conviction', 'criminal', 'strong'],
  ['criminal record', 'criminal', 'strong'],
  ['password', 'password_raw', 'strong'],
  ['pwd', 'password_raw', 'strong'],
  ['pass', 'password_raw', 'strong'],
  ['passwd', 'password_raw', 'strong'],
  ['password hash', 'password_hash', 'strong'],
  ['pwd_hash', 'password_hash', 'strong'],
  ['hashed_password', 'password_hash', 'strong'],
  ['password_digest', 'password_hash', 'strong'],
  ['api_key', 'secret', 'strong'],
  ['apikey', 'secret', 'strong'],
  ['access token', 'secret', 'strong'],
  ['private_key', 'secret', 'strong'],
  ['client_secret', 'secret', 'strong'],
  ['connection string', 'secret', 'strong'],
  ['comments', 'free_text_pii', 'strong'],
  ['notes', 'free_text_pii', 'strong'],
  ['description', 'free_text_pii', 'weak'],
  // Swedish
  ['fnamn', 'first_name', 'strong'],
  ['förnamn', 'first_name', 'strong'],
  ['enamn', 'last_name', 'strong'],
  ['Efternamn', 'last_name', 'strong'],
  ['namn', 'person_name', 'strong'],
  ['pnr', 'national_id', 'strong', 'personnummer_se'],
  ['persnr', 'national_id', 'strong', 'personnummer_se'],
  ['personnr', 'national_id', 'strong', 'personnummer_se'],
  ['Personnummer', 'national_id', 'strong', 'personnummer_se'],
  ['samordningsnummer', 'national_id', 'strong', 'samordningsnummer_se'],
  ['telefonnummer', 'phone', 'strong'],
  ['mobil', 'phone', 'strong'],
  ['födelsedatum', 'date_of_birth', 'strong'],
  ['e-post', 'email', 'strong'],
  ['epost', 'email', 'strong'],
  ['mejl', 'email', 'strong'],
  ['gatuadress', 'street_address', 'strong'],
  ['postnummer', 'postal_code', 'strong'],
  ['postort', 'city', 'strong'],
  ['ålder', 'age', 'strong'],
  ['kön', 'gender', 'strong'],
  ['kundnr', 'customer_id', 'strong'],
  ['kund nr', 'customer_id', 'strong'],
  ['anställningsnummer', 'customer_id', 'strong'],
  ['körkort', 'drivers_license', 'strong'],
  ['regnr', 'license_plate', 'strong'],
  ['registreringsnummer', 'license_plate', 'strong'],
  ['användarnamn', 'username', 'strong'],
  ['kortnummer', 'credit_card', 'strong'],
  ['lösenord', 'password_raw', 'strong'],
  ['läkemedel', 'health', 'strong'],
  ['blodgrupp', 'health', 'strong'],
  ['diagnos', 'health', 'strong'],
  ['fackförbund', 'special_category', 'strong', 'trade_union'],
  ['sexuell läggning', 'special_category', 'strong', 'sex_life_orientation'],
  ['etnicitet', 'special_category', 'strong', 'racial_ethnic_origin'],
  ['brottsregister', 'criminal', 'strong'],
  ['belastningsregister', 'criminal', 'strong'],
  ['anteckningar', 'free_text_pii', 'strong'],
  // German
  ['Vorname', 'first_name', 'strong'],
  ['Nachname', 'last_name', 'strong'],
  ['Geb.Datum', 'date_of_birth', 'strong'],
  ['geb_datum', 'date_of_birth', 'strong'],
  ['Geburtsdatum', 'date_of_birth', 'strong'],
  ['Handy', 'phone', 'strong'],
  ['Straße', 'street_address', 'strong'],
  ['Anschrift', 'street_address', 'strong'],
  ['PLZ', 'postal_code', 'strong'],
  ['Postleitzahl', 'postal_code', 'strong'],
  ['Stadt', 'city', 'strong'],
  ['Alter', 'age', 'strong'],
  ['Geschlecht', 'gender', 'strong'],
  ['Steuer-ID', 'national_id', 'strong', 'steuer_id_de'],
  ['Steueridentifikationsnummer', 'national_id', 'strong', 'steuer_id_de'],
  ['Kundennummer', 'customer_id', 'strong'],
  ['Personalnummer', 'customer_id', 'strong'],
  ['Kreditkarte', 'credit_card', 'strong'],
  ['Kontonummer', 'bank_account', 'strong'],
  ['Kennzeichen', 'license_plate', 'strong'],
  ['Führerschein', 'drivers_license', 'strong'],
  ['Reisepass', 'passport', 'strong'],
  ['Benutzername', 'username', 'strong'],
  ['Passwort', 'password_raw', 'strong'],
  ['Kennwort', 'password_raw', 'strong'],
  ['Blutgruppe', 'health', 'strong'],
  ['Medikament', 'health', 'strong'],
  ['Konfession', 'special_category', 'strong', 'religion'],
  // 'Herkunft' alone is also a product's origin: only a hint until the values say more.
  ['Herkunft', 'special_category', 'weak', 'racial_ethnic_origin'],
  ['Partei', 'special_category', 'strong', 'political_opinion'],
  ['Gewerkschaft', 'special_category', 'strong', 'trade_union'],
  ['Vorstrafen', 'criminal', 'strong'],
  ['Bemerkung', 'free_text_pii', 'strong'],
  // French
  ['Prénom', 'first_name', 'strong'],
  ['Nom', 'last_name', 'strong'],
  ['nom_de_famille', 'last_name', 'strong'],
  ['date de naissance', 'date_of_birth', 'strong'],
  ['courriel', 'email', 'strong'],
  ['téléphone', 'phone', 'strong'],
  ['adresse', 'street_address', 'strong'],
  ['code postal', 'postal_code', 'strong'],
  ['CP', 'postal_code', 'strong'],
  ['ville', 'city', 'strong'],
  ['âge', 'age', 'strong'],
  ['sexe', 'gender', 'strong'],
  ['NIR', 'national_id', 'strong', 'nir_fr'],
  ['numéro de sécurité sociale', 'national_id', 'strong', 'nir_fr'],
  ['immatriculation', 'license_plate', 'strong'],
  ['permis de conduire', 'drivers_license', 'strong'],
  ['passeport', 'passport', 'strong'],
  ['mot_de_passe', 'password_raw', 'strong'],
  ['mdp', 'password_raw', 'strong'],
  ['médicament', 'health', 'strong'],
  ['ethnie', 'special_category', 'strong', 'racial_ethnic_origin'],
  ['syndicat', 'special_category', 'strong', 'trade_union'],
  ['casier judiciaire', 'criminal', 'strong'],
  ['commentaire', 'free_text_pii', 'strong'],
  // Spanish
  ['Nombre', 'first_name', 'strong'],
  ['Apellidos', 'last_name', 'strong'],
  ['apellido', 'last_name', 'strong'],
  ['fecha_de_nacimiento', 'date_of_birth', 'strong'],
  ['correo', 'email', 'strong'],
  ['teléfono', 'phone', 'strong'],
  ['dirección', 'street_address', 'strong'],
  ['calle', 'street_address', 'strong'],
  ['código postal', 'postal_code', 'strong'],
  ['ciudad', 'city', 'strong'],
  ['edad', 'age', 'strong'],
  ['sexo', 'gender', 'strong'],
  ['DNI', 'national_id', 'strong', 'dni_es'],
  ['NIE', 'national_id', 'strong', 'nie_es'],
  ['matrícula', 'license_plate', 'strong'],
  ['pasaporte', 'passport', 'strong'],
  ['licencia de conducir', 'drivers_license', 'strong'],
  ['contraseña', 'password_raw', 'strong'],
  ['clave', 'password_raw', 'strong'],
  ['diagnóstico', 'health', 'strong'],
  ['religión', 'special_category', 'strong', 'religion'],
  ['sindicato', 'special_category', 'strong', 'trade_union'],
  ['antecedentes penales', 'criminal', 'strong'],
  ['comentario', 'free_text_pii', 'strong'],
  // Dutch
  ['voornaam', 'first_name', 'strong'],
  ['achternaam', 'last_name', 'strong'],
  ['geboortedatum', 'date_of_birth', 'strong'],
  ['telefoon', 'phone', 'strong'],
  ['postcode', 'postal_code', 'strong'],
  ['woonplaats', 'city', 'strong'],
  ['leeftijd', 'age', 'strong'],
  ['geslacht', 'gender', 'strong'],
  ['BSN', 'national_id', 'strong', 'bsn_nl'],
  ['kenteken', 'license_plate', 'strong'],
  ['rijbewijs', 'drivers_license', 'strong'],
  ['paspoort', 'passport', 'strong'],
  ['wachtwoord', 'password_raw', 'strong'],
  ['opmerking', 'free_text_pii', 'strong'],
  // Danish / Norwegian
  ['fornavn', 'first_name', 'strong'],
  ['efternavn', 'last_name', 'strong'],
  ['etternavn', 'last_name', 'strong'],
  ['CPR', 'national_id', 'strong', 'cpr_dk'],
  ['cpr-nr', 'national_id', 'strong', 'cpr_dk'],
  ['fødselsnummer', 'national_id', 'strong', 'fodselsnummer_no'],
  ['fødselsdato', 'date_of_birth', 'strong'],
  ['by', 'city', 'strong'],
  ['køn', 'gender', 'strong'],
  ['kjønn', 'gender', 'strong'],
  ['kørekort', 'drivers_license', 'strong'],
  ['førerkort', 'drivers_license', 'strong'],
  ['adgangskode', 'password_raw', 'strong'],
  ['passord', 'password_raw', 'strong'],
  // Finnish
  ['etunimi', 'first_name', 'strong'],
  ['sukunimi', 'last_name', 'strong'],
  ['henkilötunnus', 'national_id', 'strong', 'hetu_fi'],
  ['HETU', 'national_id', 'strong', 'hetu_fi'],
  ['sähköposti', 'email', 'strong'],
  ['puhelin', 'phone', 'strong'],
  ['osoite', 'street_address', 'strong'],
  ['postinumero', 'postal_code', 'strong'],
  ['kaupunki', 'city', 'strong'],
  ['ikä', 'age', 'strong'],
  ['sukupuoli', 'gender', 'strong'],
  ['ajokortti', 'drivers_license', 'strong'],
  ['salasana', 'password_raw', 'strong'],
  ['huomautus', 'free_text_pii', 'strong'],
  // Italian
  ['nome', 'first_name', 'strong'],
  ['cognome', 'last_name', 'strong'],
  ['codice fiscale', 'national_id', 'strong', 'codice_fiscale_it'],
  ['data di nascita', 'date_of_birth', 'strong'],
  ['indirizzo', 'street_address', 'strong'],
  ['CAP', 'postal_code', 'strong'],
  ['città', 'city', 'strong'],
  ['età', 'age', 'strong'],
  ['sesso', 'gender', 'strong'],
  ['patente', 'drivers_license', 'strong'],
  ['commento', 'free_text_pii', 'strong'],
  // Polish
  ['imię', 'first_name', 'strong'],
  ['nazwisko', 'last_name', 'strong'],
  ['imię i nazwisko', 'person_name', 'strong'],
  ['PESEL', 'national_id', 'strong', 'pesel_pl'],
  ['data urodzenia', 'date_of_birth', 'strong'],
  ['kod pocztowy', 'postal_code', 'strong'],
  ['miasto', 'city', 'strong'],
  ['wiek', 'age', 'strong'],
  ['płeć', 'gender', 'strong'],
  ['prawo jazdy', 'drivers_license', 'strong'],
  ['paszport', 'passport', 'strong'],
  ['hasło', 'password_raw', 'strong'],
  ['wyznanie', 'special_category', 'strong', 'religion'],
  ['uwagi', 'free_text_pii', 'strong'],
];

/** Business columns and metadata about PII: never a strong hint. */
const NOT_PII: Case[] = [
  ['prod_nm', null],
  ['product_name', null],
  ['company_name', null],
  ['file_name', null],
  ['order_number', null],
  ['invoice no', null],
  ['price', null],
  ['quantity', null],
  ['created_at', null],
  ['updated_at', null],
  ['status', null],
  ['email_verified', null],
  ['has_phone', null],
  ['phone_count', null],
  ['password_changed_at', null],
  ['password_length', null],
  ['ip_count', null],
  ['email_opt_in', null],
  ['address_type', null],
  ['name_length', null],
  ['dob_verified', null],
  ['zip_file', null],
  ['city_tax', null],
  ['street_light_count', null],
  ['truck drivers', null],
  ['drivers assigned', null],
  ['last_login', null],
  ['sort by', null],
  ['bus pass', null],
  ['mobile app version', null],
  ['third party', null],
  ['col7', null],
  ['f_12', null],
  ['Produktnamn', null],
  ['Bestellnummer', null],
  ['anna@example.com', null],
  ['811218-9876', null],
  ['2021-03-04', null],
  ['42.50', null],
  ['Anna', null],
  ['Stockholm', null],
];

describe('classifyHeader', () => {
  it.each(PII)('%s → %s (%s)', (header, category, strength, subtype) => {
    const hint = classifyHeader(header);
    expect(hint?.category).toBe(category);
    expect(hint?.strength).toBe(strength);
    if (subtype !== undefined) expect(hint?.subtype).toBe(subtype);
  });

  it.each(NOT_PII)('%s is not a strong PII header', (header) => {
    expect(classifyHeader(header)).toBeNull();
  });

  it('tells a product name from a person name only by its qualifier', () => {
    expect(classifyHeader('name')?.strength).toBe('weak');
    expect(classifyHeader('customer_name')?.strength).toBe('strong');
    expect(classifyHeader('product_name')).toBeNull();
  });

  it('prefers the longest term: "email address" is an e-mail, "ip address" an IP, not a street', () => {
    expect(classifyHeader('email address')?.category).toBe('email');
    expect(classifyHeader('ip_address')?.category).toBe('ip_address');
    expect(classifyHeader('mac address')?.category).toBe('mac_address');
    expect(classifyHeader('pass_nr')?.category).toBe('passport');
  });

  it('reads the part of an address named after "address": "Default Address City" is a city, "Address 1 - Zip" a postcode', () => {
    expect(classifyHeader('Default Address City')?.category).toBe('city');
    expect(classifyHeader('Address 1 - Postal Code')?.category).toBe('postal_code');
    expect(classifyHeader('Default Address Zip')?.category).toBe('postal_code');
    expect(classifyHeader('Billing Address Phone')?.category).toBe('phone');
    expect(classifyHeader('Address 1 - Formatted')?.category).toBe('street_address');
    expect(classifyHeader('Email Address')?.category).toBe('email');
    // Parts that point at no one.
    expect(classifyHeader('Default Address Province')).toBeNull();
    expect(classifyHeader('Shipping Address Company')).toBeNull();
    expect(classifyHeader('Address 1 - Region')).toBeNull();
  });

  it('splits Germanic compounds only after a person word: "Kundenr", "Ansattnr", "Lidnummer", not "casino"', () => {
    for (const h of ['Kundenr', 'Ansattnr', 'Ansattnummer', 'Lidnummer', 'Werknemersnummer', 'Klientnr']) {
      expect(classifyHeader(h), h).toMatchObject({ category: 'customer_id', strength: 'strong' });
    }
    expect(classifyHeader('Kundenname')).toMatchObject({ category: 'person_name', strength: 'strong' });
    for (const h of ['casino', 'valid', 'Produktnr', 'Bestellnummer', 'Artikelnummer']) expect(classifyHeader(h), h).toBeNull();
  });

  it('reads the numero sign as "nr": "Nº historia" is a patient record, "N° client" a customer number', () => {
    expect(normalizeHeader('Nº historia')).toBe('nr historia');
    expect(normalizeHeader('N° client')).toBe('nr client');
    expect(normalizeHeader('№ клиента')).toBe('nr');
    expect(classifyHeader('Nº historia')?.category).toBe('customer_id');
    expect(classifyHeader('N° client')?.category).toBe('customer_id');
    expect(normalizeHeader('Niño')).toBe('nino');
  });

  it('calls a header naming both parts of a name a whole-name column', () => {
    for (const h of ['Name, Vorname', 'Nachname, Vorname', 'Efternamn, förnamn', 'Vorname Nachname', 'Achternaam, voornaam']) {
      expect(classifyHeader(h), h).toMatchObject({ category: 'person_name', strength: 'strong' });
    }
    expect(classifyHeader('Vorname')?.category).toBe('first_name');
    expect(classifyHeader('Nachname')?.category).toBe('last_name');
  });

  it('knows payroll abbreviations that reveal religion and Finnish postal codes', () => {
    expect(classifyHeader('KiSt')).toMatchObject({ category: 'special_category', subtype: 'religion' });
    expect(classifyHeader('Kirchensteuermerkmal')?.subtype).toBe('religion');
    expect(classifyHeader('Postinro')?.category).toBe('postal_code');
  });

  it('reads the card-transaction exports\' short names (cc_num, first, last, merch_long)', () => {
    expect(classifyHeader('cc_num')).toMatchObject({ category: 'credit_card', strength: 'strong' });
    expect(classifyHeader('first')).toMatchObject({ category: 'first_name', strength: 'weak' });
    expect(classifyHeader('last')).toMatchObject({ category: 'last_name', strength: 'weak' });
    expect(classifyHeader('last login')).toBeNull();
    expect(classifyHeader('merch_long')?.category).toBe('geo_location');
  });

  it('reads sick leave and disability in payroll exports as health (Art. 9)', () => {
    for (const h of ['Sjukfrånvaro (dagar)', 'Krankentage', 'Schwerbehinderung', 'Sick days', 'Ziektedagen']) {
      expect(classifyHeader(h)?.category, h).toBe('health');
    }
    expect(classifyHeader('Anställningsnr')?.category).toBe('customer_id');
  });

  it('keeps "Record ID" and "Row ID" weak keys, for the sheet to link to a person or not', () => {
    expect(classifyHeader('Record ID')).toMatchObject({ category: 'customer_id', strength: 'weak' });
    expect(classifyHeader('Row ID')).toMatchObject({ category: 'customer_id', strength: 'weak' });
    expect(classifyHeader('Post ID')).toBeNull();
  });

  it('reads the columns of public medical and HR datasets: conditions and measurements are health, a manager is a person', () => {
    for (const h of ['Hipertension', 'Diabetes', 'Alcoholism', 'BloodPressure', 'Glucose', 'Insulin', 'BMI', 'Pregnancies', 'Stroke', 'Smoking', 'HeartDisease', 'SkinCancer', 'Pulse Rate', 'Kolesterol (mmol/L)',
      // The stroke and UCI heart-disease datasets: a level or an average is still the reading, and their own abbreviations.
      'avg_glucose_level', 'SkinThickness', 'chol', 'trestbps', 'thalach', 'oldpeak']) {
      expect([h, classifyHeader(h)?.category, classifyHeader(h)?.strength]).toEqual([h, 'health', 'strong']);
    }
    // Nutrition tables and hotel rooms share some of the words, with a unit or a noun beside them.
    for (const h of ['Cholesterol (mg)', 'Glucose (g)', 'Smoking Room', 'Stroke Count', 'Pulses']) expect([h, classifyHeader(h)]).toEqual([h, null]);
    expect(classifyHeader('HispanicLatino')).toMatchObject({ category: 'special_category', subtype: 'racial_ethnic_origin', strength: 'strong' });
    expect(classifyHeader('RaceDesc')).toMatchObject({ category: 'special_category', subtype: 'racial_ethnic_origin', strength: 'strong' });
    expect(classifyHeader('ManagerName')).toMatchObject({ category: 'person_name', strength: 'strong' });
    expect(classifyHeader('Product Manager')).toBeNull();
  });

  it('knows the French and Spanish social security and health card headers; a health card is not a payment card', () => {
    expect(classifyHeader('N° sécu')).toMatchObject({ category: 'national_id', subtype: 'nir_fr' });
    // The Spanish social security number has no subtype of its own in the contract: `other`.
    expect(classifyHeader('nss')).toMatchObject({ category: 'national_id', subtype: null });
    for (const h of ['Nº Seguridad Social', 'NUSS', 'Num. afiliación', 'Krankenversichertennummer', 'KVNR']) {
      expect(classifyHeader(h), h).toMatchObject({ category: 'national_id', strength: 'strong' });
    }
    expect(classifyHeader('PEC')?.category).toBe('email');
    expect(classifyHeader('tarjeta_sanitaria')?.category).toBe('customer_id');
    expect(classifyHeader('Tarjeta')?.category).toBe('credit_card');
  });

  it('reads the question a form export heads a column with, and the form\'s notes on a field', () => {
    expect(classifyHeader('What is your age?')?.category).toBe('age');
    expect(classifyHeader('What is your gender?')?.category).toBe('gender');
    expect(classifyHeader('Please enter your date of birth')?.category).toBe('date_of_birth');
    expect(classifyHeader('Are you a member of a trade union?')?.subtype).toBe('trade_union');
    expect(classifyHeader('What is your blood type?')?.category).toBe('health');
    expect(classifyHeader('Phone number (optional)')?.category).toBe('phone');
    expect(classifyHeader('Email *')?.category).toBe('email');
    // Outside a question "is" still marks a flag column, and inside one the rest is read as usual.
    expect(classifyHeader('is_email')).toBeNull();
    expect(classifyHeader('Is your email verified?')).toBeNull();
  });

  it('knows which headers date an event: their dates are not taken for birth dates', () => {
    for (const h of ['START', 'STOP', 'Created at', 'Order date', 'Fecha', 'Startdatum', 'Admission']) expect(namesEventDate(h), h).toBe(true);
    for (const h of ['', 'col7', 'Födelsedatum', 'Patient', 'Birthday']) expect(namesEventDate(h), h).toBe(false);
  });

  it('gives the matched dictionary term for evidence', () => {
    expect(classifyHeader('Geb.Datum')?.term).toBe('geb datum');
  });

  it('names only the national-id subtypes of contract §1', () => {
    const contract = ['ssn_us', 'personnummer_se', 'samordningsnummer_se', 'fodselsnummer_no', 'cpr_dk', 'hetu_fi', 'pesel_pl', 'bsn_nl', 'nir_fr', 'dni_es', 'nie_es', 'codice_fiscale_it', 'steuer_id_de', 'nino_uk', 'other'];
    for (const [category, subtype] of HEADER_TERMS) if (category === 'national_id' && subtype !== null) expect(contract).toContain(subtype);
  });

  it('has no dictionary term listed under two different categories', () => {
    const seen = new Map<string, string>();
    for (const [category, subtype, list] of HEADER_TERMS) {
      for (const raw of list.split(',')) {
        const key = normalizeHeader(raw.replace(/^[\s~^]+/, ''));
        const owner = `${category}/${subtype}`;
        expect(seen.get(key) ?? owner, key).toBe(owner);
        seen.set(key, owner);
      }
    }
  });
});

describe('classifyHeader in scripts without ASCII tokens', () => {
  it.each([
    ['氏名', 'person_name'], ['フリガナ', 'person_name'], ['電話番号', 'phone'], ['メールアドレス', 'email'], ['生年月日', 'date_of_birth'],
    ['郵便番号', 'postal_code'], ['住所', 'street_address'], ['性別', 'gender'], ['姓名', 'person_name'], ['手机号码', 'phone'],
    ['身份证号', 'national_id'], ['银行卡号', 'bank_account'], ['政治面貌', 'special_category'], ['이메일', 'email'], ['주민등록번호', 'national_id'],
    ['ФИО', 'person_name'], ['Фамилия', 'last_name'], ['Имя', 'first_name'], ['Пол', 'gender'], ['Дата рождения', 'date_of_birth'],
    ['Номер телефона', 'phone'], ['Имя пользователя', 'username'], ['СНИЛС', 'national_id'], ['Ονοματεπώνυμο', 'person_name'],
    ['Τηλέφωνο', 'phone'], ['البريد الإلكتروني', 'email'], ['رقم الهاتف', 'phone'], ['תעודת זהות', 'national_id'], ['סיסמה', 'password_raw'],
    ['密码', 'password_raw'], ['診断名', 'health'],
  ])('%s → %s', (header, category) => {
    expect(classifyHeader(header)?.category).toBe(category);
  });

  it('takes the longest term, and one-word terms only as the whole header', () => {
    expect(classifyHeader('银行账号')?.category).toBe('bank_account');
    expect(classifyHeader('账号')?.category).toBe('username');
    expect(classifyHeader('Имя файла')).toBeNull();
    expect(classifyHeader('Полис ОМС')).toBeNull();
    expect(classifyHeader('Отель')).toBeNull();
    expect(classifyHeader('姓名')?.term).toBe('姓名');
  });

  it('leaves headers with Latin terms to the token dictionary, and unknown script headers alone', () => {
    expect(classifyHeader('E-mail（邮箱）')?.term).toBe('e mail');
    expect(classifyHeader('IP地址')?.category).toBe('ip_address');
    expect(classifyHeader('产品名称')).toBeNull();
    expect(classifyHeader('Κωδικός')).toBeNull();
  });

  it('has no script term listed under two different categories', () => {
    const seen = new Map<string, string>();
    for (const [category, subtype, list] of SCRIPT_HEADER_TERMS) {
      for (const raw of list.split(',')) {
        const key = raw.trim().replace(/^[~^]+/, '').toLowerCase();
        const owner = `${category}/${subtype}`;
        expect(seen.get(key) ?? owner, key).toBe(owner);
        seen.set(key, owner);
      }
    }
  });
});

describe('headerLooksLikeLabel', () => {
  it.each(['Email', 'First Name', 'tel_nr', 'col7', 'f_12', 'ICD10', 'Födelsedatum', 'Address line 1', '氏名', '電話番号', 'Фамилия', 'رقم الهاتف'])('%s is a label', (cell) => {
    expect(headerLooksLikeLabel(cell)).toBe(true);
  });

  it.each(['anna@example.com', '2021-03-04', '31 Dec 2001', '811218-9876', '42', '42.50', '+46 70 123 45 67', 'ABC123', 'E11.9', 'https://example.com', 'M', ''])(
    '%s is a value',
    (cell) => {
      expect(headerLooksLikeLabel(cell)).toBe(false);
    },
  );
});
