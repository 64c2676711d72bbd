import { describe, expect, it } from 'vitest';
import { isDateFormat, serialToIso } from '../../../shared/read/dates';
import { sniffDelimiter } from '../../../shared/read/delimiter';
import { createDecoder } from '../../../shared/read/encoding';
import { ReadError } from '../../../shared/read/errors';
import { decodeOoxmlEscapes, decodeXml } from '../../../shared/read/xml-text';
import { attribute, XmlTokenizer, type XmlHandler } from '../../../shared/read/xml-tokenizer';

describe('serialToIso', () => {
  it.each([
    ['1', false, '1900-01-01'],
    ['59', false, '1900-02-28'],
    ['60', false, '1900-02-29'],
    ['61', false, '1900-03-01'],
    ['45352', false, '2024-03-01'],
    ['45352.75', false, '2024-03-01T18:00:00'],
    ['45352.0000115741', false, '2024-03-01T00:00:01'],
    ['2958465', false, '9999-12-31'],
    ['0', true, '1904-01-01'],
    ['1462', true, '1908-01-02'],
  ])('%s (1904: %s) → %s', (serial, date1904, iso) => {
    expect(serialToIso(serial, date1904)).toBe(iso);
  });

  it.each(['', '-1', '2958466', 'abc', 'NaN', 'Infinity'])('leaves %j alone', (written) => {
    expect(serialToIso(written, false)).toBeUndefined();
  });
});

describe('isDateFormat', () => {
  it.each([
    [14, undefined, true],
    [22, undefined, true],
    [45, undefined, true],
    [0, undefined, false],
    [49, undefined, false],
    [164, 'yyyy-mm-dd', true],
    [164, 'dd/mm/yyyy\\ hh:mm', true],
    [164, '[$-41D]d mmmm yyyy', true],
    [164, '"Day "0', false],
    [164, '[Red]#,##0.00', false],
    [164, '0.00_);[Red](0.00)', false],
    [164, '#,##0 "kr"', false],
    [164, 'General', false],
  ])('id %i code %j → %s', (id, code, expected) => {
    expect(isDateFormat(id, code)).toBe(expected);
  });
});

describe('sniffDelimiter', () => {
  it('defaults to the fallback for one-column text', () => {
    expect(sniffDelimiter('namn\nAnna\nBo\n', true)).toBe(',');
    expect(sniffDelimiter('namn\nAnna\nBo\n', true, '\t')).toBe('\t');
  });

  it('ignores a cut-off last record of a partial sample', () => {
    expect(sniffDelimiter('a;b;c\n1;2;3\n4;5;6\n7,8,9,10,11,12', false)).toBe(';');
  });

  it('prefers the delimiter whose header matches the records', () => {
    expect(sniffDelimiter('namn,not\nAnna,gillar a; b\nBo,x; y\n', true)).toBe(',');
    expect(sniffDelimiter('namn;pris\nAnna;1,50\nBo;2,75\n', true)).toBe(';');
  });
});

describe('UTF-8 chunk decoder', () => {
  it('decodes characters split at every possible byte boundary', () => {
    const text = 'aé€😀ö';
    const bytes = new TextEncoder().encode(text);
    for (let cut = 0; cut <= bytes.length; cut++) {
      const decoder = createDecoder('utf-8');
      expect(decoder.decode(bytes.subarray(0, cut), false) + decoder.decode(bytes.subarray(cut), true)).toBe(text);
    }
  });
});

describe('XML text', () => {
  it('decodes predefined and numeric references and refuses anything else', () => {
    expect(decodeXml('a &amp; b &lt;&gt;&quot;&apos; &#65;&#x1F600;')).toBe('a & b <>"\' A😀');
    for (const bad of ['&nbsp;', '&#0;', '&#xD800;', '&#x110000;', 'a & b', '&amp']) {
      expect(() => decodeXml(bad)).toThrow(ReadError);
    }
  });

  it('undoes _xHHHH_ escapes, including the escaped underscore', () => {
    expect(decodeOoxmlEscapes('a_x000D_b _x005F_x0041_')).toBe('a\rb _x0041_');
  });
});

describe('XmlTokenizer', () => {
  const xml =
    '<?xml version="1.0"?><!-- c --><x:root a="1>2" b=\'q"\'><row r="3"><c r="B3" t="s"><v>4</v></c>' +
    '<c><v>a&amp;b</v></c><e/><t><![CDATA[<x>&]]></t></row></x:root>';

  function events(chunks: string[]): string[] {
    const out: string[] = [];
    const handler: XmlHandler = {
      captureText: false,
      open(name, src, start, end, selfClosing) {
        out.push(`<${name} a=${attribute(src, start, end, 'a') ?? ''} r=${attribute(src, start, end, 'r') ?? ''}${selfClosing ? '/' : ''}>`);
        handler.captureText = name === 'v' || name === 't';
      },
      close(name) {
        out.push(`</${name}>`);
        handler.captureText = false;
      },
      text(raw) {
        if (typeof out[out.length - 1] === 'string' && out[out.length - 1].startsWith('text:')) out[out.length - 1] += raw;
        else out.push(`text:${raw}`);
      },
    };
    const tokenizer = new XmlTokenizer(handler);
    for (const chunk of chunks) tokenizer.feed(chunk);
    tokenizer.finish();
    return out;
  }

  it('yields the same events however the input is chunked', () => {
    const whole = events([xml]);
    expect(whole).toContain('<root a=1>2 r=>');
    expect(whole).toContain('text:a&amp;b');
    expect(whole).toContain('text:<x>&amp;');
    expect(events([...xml])).toEqual(whole);
    for (let cut = 1; cut < xml.length; cut += 7) expect(events([xml.slice(0, cut), xml.slice(cut)])).toEqual(whole);
  });

  it('refuses DOCTYPE and ENTITY declarations, even split across chunks', () => {
    for (const doc of ['<!DOCTYPE x []><x/>', '<!ENTITY e "x">']) {
      expect(() => events([doc])).toThrow(ReadError);
      expect(() => events([doc.slice(0, 3), doc.slice(3)])).toThrow(ReadError);
    }
  });

  it('refuses truncated markup at the end', () => {
    expect(() => events(['<a><b x="1"'])).toThrow(ReadError);
  });
});
