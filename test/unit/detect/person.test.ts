import { describe, expect, it } from 'vitest';
import {
  detectAge,
  detectCity,
  detectDate,
  detectGender,
  detectNumberedName,
  detectPersonName,
  detectPostalCode,
  detectStreetAddress,
  parseDate,
} from '../../../shared/detect/detectors/person';
import { labels, run } from '../../support/sink';

const NEVER = ['Apple', 'Total', 'N/A', 'yes', 'no', 'anna@example.com', '12345', '42.50', 'Premium Support Plan'];

describe('detectPersonName', () => {
  it.each(['Anna', 'Björn', 'Ingrid', 'Øyvind', 'Søren', 'Väinö', 'Jürgen', 'Françoise', 'José', 'Giuseppe', 'Daan', 'Łukasz', 'Olivia', 'Anna-Karin', 'Anna-Lena'])(
    '%s is a first name',
    (v) => expect(labels(detectPersonName, v)).toEqual(['first_name']),
  );

  it.each(['Andersson', 'Hansen', 'Korhonen', 'Müller', 'Dubois', 'García', 'Rossi', 'Jansen', 'Nowak', 'Kowalska', 'Smith', 'de Jong', 'García-López', 'Frau Müller', 'Mr Green'])(
    '%s is a last name',
    (v) => expect(labels(detectPersonName, v)).toEqual(['last_name']),
  );

  it.each(['Braund, Mr. Owen Harris', 'Cumings, Mrs. John Bradley (Florence Briggs Thayer)', 'Palsson, Master. Gosta Leonard', 'Señora Ana García', 'Mevrouw Anna de Jong'])(
    '%s is a full name behind its title, without what is in brackets',
    (v) => expect(labels(detectPersonName, v)).toEqual(['person_name']),
  );

  it('finds nothing in brackets alone', () => expect(labels(detectPersonName, '(Anna)')).toEqual([]));

  it.each(['Thomas', 'François', 'Jean-Pierre'])('%s is in both lists and reports both', (v) => {
    expect(labels(detectPersonName, v)).toEqual(['first_name', 'last_name']);
  });

  it.each([
    'Anna Svensson', 'Svensson, Anna', 'Lars Ødegård', 'Mette Nielsen', 'Mikko Korhonen', 'Sophie Müller', 'Jean-Pierre Dupont',
    'María García López', 'Giuseppe Rossi', 'Jan van der Berg', 'Łukasz Kowalski', 'John Smith', 'ANNA SVENSSON', 'anna svensson',
    'Anna Zzyzx', 'Dr. Anna Svensson', 'Anna Green', 'J. Anna Svensson',
  ])('%s is a full name', (v) => expect(labels(detectPersonName, v)).toEqual(['person_name']));

  it('tells a known surname from any capitalised word beside a given name: "Stella Mug" is a product as often as a person', () => {
    expect(run(detectPersonName, 'Stella Svensson').matches.map((m) => m.evidence)).toEqual(['vocab:full_name']);
    expect(run(detectPersonName, 'Stella Mug').matches.map((m) => m.evidence)).toEqual(['vocab:given_name_capitalised']);
    expect(run(detectPersonName, 'Anna Zzyzx Svensson').matches.map((m) => m.evidence)).toEqual(['vocab:full_name']);
  });

  it.each(['Anna Maria', 'Karl Johan'])('%s is a double first name', (v) => expect(labels(detectPersonName, v)).toEqual(['first_name']));

  it.each([...NEVER, 'Anna1', 'Stockholm', 'Green', 'Rose', 'Berg', 'Mark', 'New York', 'San Jose', 'anna foo', 'Total Amount', 'Svensson, Anna, Lars', 'Anna Svensson Lars Berg Per Olsson Karl'])(
    '%s is no name',
    (v) => expect(labels(detectPersonName, v)).toEqual([]),
  );

  it('returns the same Match object for every cell', () => {
    expect(run(detectPersonName, 'Anna').matches[0]).toBe(run(detectPersonName, 'Maria').matches[0]);
  });
});

describe('detectNumberedName', () => {
  // Synthea's patients are named like this.
  it.each([
    ['Erik604', ['first_name']], ['José Eduardo181', ['first_name']], ['Lindqvist484', ['last_name']], ['Anna92', ['first_name']],
  ])('%s is a numbered name', (v, expected) => {
    expect(labels(detectNumberedName, v)).toEqual(expected);
    expect(run(detectNumberedName, v).matches.every((m) => m.evidence === 'pattern:numbered_name')).toBe(true);
  });
  it.each(['Storgatan 12', 'Anna', 'Anna12345', 'iPad2', 'A1', 'Erik604x', 'Xyzzy42'])('%s is not', (v) => expect(labels(detectNumberedName, v)).toEqual([]));
});

describe('detectStreetAddress', () => {
  it.each([
    'Storgatan 12', 'Drottninggatan 5A', 'Storgatan 12, 123 45 Stockholm', 'Kungsvägen 3 lgh 1102', '123 Main St', '123 Main Street',
    '55 Oak Ave', '9 Elm Rd', '1600 Pennsylvania Avenue NW', '221B Baker Street', '10 Sunset Blvd', '4 Privet Lane', 'Flat 3, 12 High Street',
    'Hauptstraße 5', 'Hauptstr. 5', 'Berliner Straße 10a', '12 rue de la Paix', '12, avenue des Champs-Élysées', 'Calle Mayor 3',
    'Calle Mayor, 3', 'C/ Mayor 3', 'Via Roma 10', 'Via Roma, 10', 'Kerkstraat 12', 'ul. Marszałkowska 1', 'ul. Marszałkowska 1/2',
    'Mannerheimintie 12', 'Karl Johans gate 1', 'Nørregade 7', 'Vesterbrogade 12, 1620 København V',
    '123 Main St  Springfield  IL  62704  US',
    // The rest of the USPS table, in Title Case as Faker and US exports write it.
    '561 Perry Cove', '43039 Riley Greens Suite 393', '9443 Cynthia Court Apt. 038', '408 Bradley Rest', '4655 David Island',
    '889 Sarah Station Suite 624', '231 Flores Pass Suite 720', '7 Old Mill Run', '12B Cedar Ridge, Springfield, IL',
  ])('%s is a street address', (v) => expect(labels(detectStreetAddress, v)).toEqual(['street_address']));

  it.each([...NEVER, 'Storgatan', 'Main St', 'Spring 2021', 'iPad 2', 'Version 2', 'Gate 12', 'Anna Svensson', 'Route 66', 'OS Windows 10', '12 months', '2 for 1', '31 Dec 2001',
    '3 bonus points', '5 stars great view', '2 Points', '10 km run', '4 nights Lake', '2021 Spring'])(
    '%s is not',
    (v) => expect(labels(detectStreetAddress, v)).toEqual([]),
  );
});

describe('detectPostalCode', () => {
  it.each(['SW1A 1AA', 'M1 1AE', 'EC1A 1BB', 'SW1A1AA', '1234 AB', '1234AB', '00-950', '123 45', 'SE-123 45', 'K1A 0B1'])('%s is a postal code', (v) =>
    expect(labels(detectPostalCode, v)).toEqual(['postal_code']),
  );
  it.each([...NEVER, '1234', '123456', '1500 MG', '2000 KM', '1234 ab', 'ABC 123', '12-3456', '2021-03', '123 4', '1234 SS'])('%s is not', (v) =>
    expect(labels(detectPostalCode, v)).toEqual([]),
  );
});

describe('detectCity', () => {
  it.each(['Stockholm', 'Göteborg', 'Gothenburg', 'München', 'Munich', 'Köln', 'Saint-Étienne', 'Łódź', 'København', 'New York', 'Frankfurt am Main', 'Málaga', 'Jyväskylä', '123 45 Stockholm', '75001 Paris'])(
    '%s is a city',
    (v) => expect(labels(detectCity, v)).toEqual(['city']),
  );
  it.each([...NEVER, 'Anna', 'Stockholmsvägen', 'Storgatan 12'])('%s is not', (v) => expect(labels(detectCity, v)).toEqual([]));
});

describe('detectDate', () => {
  it.each([
    '2001-12-31', '31.12.2001', '31/12/2001', '12/31/2001', '2001/12/31', '31-12-2001', '20011231', '31 Dec 2001', '31 december 2001',
    'December 31, 2001', '31. Dezember 2001', '31 décembre 2001', '31 de diciembre de 2001', '31 dicembre 2001', '31 grudnia 2001',
    '31. joulukuuta 2001', '1er janvier 2001', '2001-12-31T10:15:00Z', '2001-12-31 10:15', '2001-12-31T10:15:00.123+02:00', '29.02.2000',
    '31.12.85', '14-Mar-85', '02-JAN-71', '1 maj 1990', '3 mars 1975', '15 mei 1980', '15 mayo 1980', '15 maggio 1980', '15. Mai 1980', '15 maja 1980', '1900-01-01',
  ])('%s is a date', (v) => expect(labels(detectDate, v)).toEqual(['date_of_birth']));

  it.each(['31.02.2001', '2001-13-01', '1850-01-01', '29.02.2001', '3000-01-01', '32 Dec 2001'])('%s is a date-shaped near miss', (v) => {
    expect(run(detectDate, v)).toEqual({ matches: [], misses: ['date'] });
  });

  it.each([...NEVER, '20011331', '12345678', '1999', '42', '1.2.3', '1.2.10', 'Anna Maj 2001', '12/2001', 'Total 2001', 'Mar-85', 'Bay 12 85'])('%s is no date', (v) => {
    expect(run(detectDate, v)).toEqual({ matches: [], misses: [] });
  });

  it('accepts dates up to the end of next year and no later', () => {
    const next = new Date().getFullYear() + 1;
    expect(labels(detectDate, `${next}-12-31`)).toEqual(['date_of_birth']);
    expect(labels(detectDate, `${next + 1}-01-01`)).toEqual([]);
  });
});

describe('parseDate', () => {
  it.each([
    ['31.12.2001', { y: 2001, m: 12, d: 31 }],
    ['12/31/2001', { y: 2001, m: 12, d: 31 }],
    ['03/04/2001', { y: 2001, m: 4, d: 3 }],
    ['31.12.85', { y: 1985, m: 12, d: 31 }],
    ['20011231', { y: 2001, m: 12, d: 31 }],
    ['December 31, 2001', { y: 2001, m: 12, d: 31 }],
    ['2001-12-31T23:59:59Z', { y: 2001, m: 12, d: 31 }],
  ])('%s → %o', (v, expected) => expect(parseDate(v)).toEqual(expected));

  it.each(['1850-01-01', '31.02.2001', 'Anna', '', '12345678'])('%s → null', (v) => expect(parseDate(v)).toBeNull());
});

describe('detectAge', () => {
  it.each(['0', '1', '42', '99', '120'])('%s is an age', (v) => expect(labels(detectAge, v)).toEqual(['age']));
  it.each([...NEVER, '121', '1999', '-1', '4.5', '007', 'abc'])('%s is not', (v) => expect(labels(detectAge, v)).toEqual([]));
});

describe('detectGender', () => {
  it.each(['M', 'F', 'male', 'Female', 'kvinna', 'Man', 'Mann', 'Frau', 'W', 'homme', 'Femme', 'hombre', 'mujer', 'vrouw', 'Kvinde', 'mies', 'nainen', 'uomo', 'donna', 'Mężczyzna', 'kobieta', 'K', 'D', 'divers', 'non-binary', 'X', 'Mr.', 'Herr', 'Mme'])(
    '%s is a gender value',
    (v) => expect(labels(detectGender, v)).toEqual(['gender']),
  );
  it.each([...NEVER, 'Anna', 'S', 'L', 'XL', 'maybe', 'unknown'])('%s is not', (v) => expect(labels(detectGender, v)).toEqual([]));
});
