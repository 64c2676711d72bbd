/**
 * Vocabulary of criminal convictions and offences (GDPR Art. 10) in the eleven languages: the
 * verdict words and the offence names of the national criminal codes as a background-check
 * export, an HR file or a case note writes them (Brottsbalken, StGB, Code pénal, Código Penal,
 * Codice penale, Wetboek van Strafrecht, Straffeloven, Rikoslaki, Kodeks karny; offence
 * categories of the ONS crime survey and the FBI UCR). A word that, once folded, means something
 * harmless in another of the languages is left out (Swedish "rån" and Norwegian "ran", robbery,
 * read as English "ran"); "dom" and "vol" stay, as the standard Swedish and French words for a
 * verdict and a theft.
 */
import { phrases } from './words';

export const CRIMINAL_TERMS = phrases(`
convicted, conviction, convictions, sentenced, criminal record, criminal conviction, offender,
sex offender, felony, felon, misdemeanor, misdemeanour, theft, fraud, assault, battery assault,
burglary, robbery, armed robbery, murder, manslaughter, homicide, rape, sexual assault,
drug possession, drug trafficking, drug dealing, dui, dwi, drunk driving, drink driving, shoplifting,
vandalism, arson, embezzlement, money laundering, bribery, extortion, kidnapping, domestic violence,
stalking, harassment conviction, probation, parole, imprisonment, prison sentence, incarcerated,
suspended sentence, community service order, arrested, indicted, dömd, dom, fällande dom, brott,
brottslighet, stöld, snatteri, bedrägeri, misshandel, grov misshandel, inbrott, mord, dråp,
våldtäkt, narkotikabrott, rattfylleri, skadegörelse, förskingring, penningtvätt, fängelse,
villkorlig dom, skyddstillsyn, belastningsregister, brottsregister, ofredande, olaga hot, häleri,
mordbrand, verurteilt, Verurteilung, Diebstahl, Betrug, Körperverletzung, Raub, Einbruch,
Einbruchdiebstahl, Totschlag, Vergewaltigung, Drogenbesitz, Drogenhandel, Trunkenheit am Steuer,
Sachbeschädigung, Unterschlagung, Geldwäsche, Freiheitsstrafe, Bewährung, Bewährungsstrafe,
Vorstrafe, Vorstrafen, vorbestraft, Straftat, Ladendiebstahl, Brandstiftung, Nötigung, Hehlerei,
Erpressung, Führungszeugnis, condamné, condamnée, condamnation, vol, vol à l'étalage, escroquerie,
agression, cambriolage, meurtre, viol, trafic de stupéfiants, conduite en état d'ivresse, vandalisme,
détournement de fonds, blanchiment, emprisonnement, sursis, casier judiciaire, délit, crime, recel,
incendie criminel, condenado, condenada, condena, robo, hurto, estafa, agresión,
allanamiento de morada, asesinato, homicidio, violación, narcotráfico, tráfico de drogas,
conducción bajo los efectos del alcohol, malversación, blanqueo de capitales, prisión,
libertad condicional, antecedentes penales, delito, condannato, condannata, condanna, furto, frode,
truffa, aggressione, rapina, omicidio, stupro, spaccio, guida in stato di ebbrezza,
appropriazione indebita, riciclaggio, reclusione, carcere, libertà vigilata, reato,
precedenti penali, casellario giudiziale, taccheggio, veroordeeld, veroordeling, diefstal,
oplichting, mishandeling, inbraak, beroving, moord, doodslag, verkrachting, drugsbezit,
rijden onder invloed, vernieling, verduistering, witwassen, gevangenisstraf, taakstraf, strafblad,
misdrijf, winkeldiefstal, dømt, tyveri, røveri, indbrud, drab, voldtægt, spirituskørsel, hærværk,
underslæb, hvidvask, fængsel, betinget dom, straffeattest, voldsdom, innbrudd, voldtekt,
promillekjøring, hærverk, underslag, hvitvasking, fengsel, narkotikaforbrytelse, legemsbeskadigelse,
tuomittu, tuomio, varkaus, petos, pahoinpitely, ryöstö, murto, murha, tappo, raiskaus,
huumausainerikos, rattijuopumus, vahingonteko, kavallus, rahanpesu, vankeus, ehdollinen vankeus,
rikosrekisteri, rikos, näpistys, skazany, skazana, wyrok, wyrok skazujący, kradzież, oszustwo,
pobicie, napaść, rozbój, włamanie, zabójstwo, morderstwo, gwałt, posiadanie narkotyków,
jazda po pijanemu, wandalizm, defraudacja, pranie pieniędzy, więzienie, pozbawienie wolności,
kara w zawieszeniu, kartoteka, przestępstwo, karalność, niekaralność
`);

/**
 * The words of CRIMINAL_TERMS that say a person was judged, punished or put on record, one word
 * each: what free text is searched for. Offence names are not: in running text they are the topic
 * ("fraud alert on the card", "a thief and his crew" in a film synopsis, "Crime TV Shows"), not a
 * conviction. Left out too: Swedish "dom", which in speech is also "they".
 */
export const CONVICTION_WORDS = phrases(`
convicted, conviction, convictions, sentenced, offender, felon, probation, parole, imprisonment,
incarcerated, indicted, dömd, dömdes, belastningsregister, brottsregister, skyddstillsyn,
verurteilt, Verurteilung, Freiheitsstrafe, Bewährungsstrafe, Vorstrafe, Vorstrafen, vorbestraft,
Führungszeugnis, condamné, condamnée, condamnation, emprisonnement, condenado, condenada, condena,
condannato, condannata, condanna, reclusione, veroordeeld, veroordeling, gevangenisstraf,
taakstraf, strafblad, dømt, straffeattest, voldsdom, tuomittu, vankeus, rikosrekisteri, skazany,
skazana, karalność
`);
