/**
 * The words that make a street name in the eleven languages, folded (no diacritics), as the
 * national address registers write them (Lantmäteriet, Matrikkelen, DAR, DVV, the German
 * Straßenverzeichnisse, BAN, the Spanish Callejero, ISTAT's odonyms, the Dutch BAG, TERYT, the
 * Royal Mail PAF and the USPS suffix table). Suffixes that are also common word endings
 * ("-ring", "-pad", "-allen") are left out: "Spring 2021" and "iPad 2" are not addresses.
 */
import { words } from './words';

/** Glued to or after the name, the house number follows: "Storgatan 12", "Karl Johans gate 1", "Hauptstr. 5". */
export const STREET_SUFFIXES = words(`
gatan gata vagen vag torget stigen backen backe
gate gaten veien vei vegen veg
gade vej vejen straede plads vaenget
strasse str weg gasse allee platz damm ufer chaussee steig pfad
straat laan plein gracht kade dijk singel dreef
tie katu kuja polku tori raitti vayla
`);

/** Before the name, the number after it: "Calle Mayor 3", "Via Roma 10", "ul. Marszałkowska 1"; after a number in French: "12 rue de la Paix". */
export const STREET_TYPES_BEFORE = words(`
calle c/ avenida avda av paseo plaza camino carrer carretera ronda travesia
via viale piazza piazzale corso largo vicolo strada
ul ulica al aleja osiedle pl plac
rue avenue boulevard bd chemin impasse place quai route allee cours
`);

/** After the name, the number before it: "123 Main St", "10 Downing Street". */
export const STREET_TYPES_AFTER = words(`
street st avenue ave road rd boulevard blvd lane ln drive dr court ct place pl square sq
terrace tce way close crescent cres parkway pkwy highway hwy circle cir trail trl grove
gardens gdns row mews hill walk
`);
