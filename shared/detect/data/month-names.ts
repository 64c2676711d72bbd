/**
 * Month names and abbreviations in the eleven languages, for dates written out ("31 december
 * 2001", "31. Dezember 2001", "31 grudnia 2001", "31. joulukuuta 2001"): nominative and, where
 * the language inflects them in a date, the genitive/partitive form. Folded keys are what the
 * date parser compares, so accented and plain spellings are one entry.
 */
import { phrases } from './words';

/** Index 0 is January. Several languages share a spelling ("april", "juni"); the month agrees. */
export const MONTH_NAMES: readonly (readonly string[])[] = [
  phrases('january, jan, januari, januar, jänner, janvier, janv, enero, ene, gennaio, gen, styczeń, styczen, stycznia, sty, tammikuu, tammikuuta, tammi'),
  phrases('february, feb, februari, februar, février, fevrier, févr, fevr, febrero, febbraio, luty, lutego, lut, helmikuu, helmikuuta, helmi'),
  phrases('march, mar, mars, märz, marz, marts, maart, mrt, marzo, marzec, marca, maaliskuu, maaliskuuta, maalis'),
  phrases('april, apr, avril, avr, abril, abr, aprile, kwiecień, kwiecien, kwietnia, kwi, huhtikuu, huhtikuuta, huhti'),
  phrases('may, maj, mai, mei, mayo, maggio, mag, maja, toukokuu, toukokuuta, touko'),
  phrases('june, jun, juni, juin, junio, giugno, giu, czerwiec, czerwca, cze, kesäkuu, kesäkuuta, kesä'),
  phrases('july, jul, juli, juillet, juil, julio, luglio, lug, lipiec, lipca, lip, heinäkuu, heinäkuuta, heinä'),
  phrases('august, aug, augusti, augustus, août, aout, agosto, ago, sierpień, sierpien, sierpnia, sie, elokuu, elokuuta, elo'),
  phrases('september, sep, sept, septembre, septiembre, setiembre, settembre, set, wrzesień, wrzesien, września, wrzesnia, wrz, syyskuu, syyskuuta, syys'),
  phrases('october, oct, oktober, okt, octobre, octubre, ottobre, ott, październik, pazdziernik, października, pazdziernika, paź, paz, lokakuu, lokakuuta, loka'),
  phrases('november, nov, novembre, noviembre, listopad, listopada, lis, marraskuu, marraskuuta, marras'),
  phrases('december, dec, dezember, dez, décembre, decembre, déc, diciembre, dic, dicembre, desember, des, grudzień, grudzien, grudnia, gru, joulukuu, joulukuuta, joulu'),
];
