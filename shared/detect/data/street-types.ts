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

/**
 * The rest of the USPS street-suffix table (Publication 28, C1), as US and generated test data
 * (Faker's "43039 Riley Greens Suite 393") write them. Many are everyday words too ("3 bonus
 * points", "5 stars great view"), so these count only in a Title Case address: number first, and
 * every word after it capitalised.
 */
export const STREET_TYPES_AFTER_TITLED = words(`
alley annex arcade bayou beach bend bluff bluffs bottom branch bridge brook brooks burg burgs
bypass camp canyon cape causeway center centers circles cliff cliffs club common commons corner
corners course courts cove coves creek crest crossing crossroad curve dale dam divide drives
estate estates expressway extension extensions falls ferry field fields flat flats ford fords
forest forge forges fork forks fort freeway garden gateway glen glens green greens groves
harbor harbors haven heights hills hollow inlet island islands isle junction junctions key keys
knoll knolls lake lakes landing light lights loaf lock locks lodge loop mall manor manors meadow
meadows mill mills mission motorway mount mountain mountains neck orchard oval overpass park
parks parkways pass passage path pike pine pines plain plains plaza point points port ports
prairie radial ramp ranch rapid rapids rest ridge ridges river roads route run shoal shoals
shore shores skyway spring springs spur spurs squares station stations stravenue stream streets
summit throughway trace track trafficway tunnel turnpike underpass union unions valley valleys
viaduct view views village villages ville vista walks wall ways well wells
`);
