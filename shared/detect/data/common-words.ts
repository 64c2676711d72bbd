/**
 * Names that are also ordinary words: colours, seasons, trades, landscape words, and a few
 * given names that double as nouns or religions. A single cell "Green" or "Rose" says nothing
 * about a person (a colour column, a product range), so these count as a name only beside a
 * first name ("Anna Green"), never alone. Chosen by reading the name lists against English and
 * the other ten languages' everyday vocabulary.
 */
import { words } from './words';

export const NAMES_THAT_ARE_WORDS = words(`
white black green brown gray grey young king hill wood stone rose fox long bell ward price rice cook
baker hunter mills lane marsh moss page sharp lamb winter hart grant ford hall west reed porter
mason carpenter gardner knight cole dale nash parsons fisher butler barnes banks chambers sutton
holland jordan austin lincoln charlotte florence victoria savannah brooklyn mark grace ruby daisy
holly ivy hazel violet willow poppy amber jade aurora lily iris frank christian love max bo per sten
ola sandy schwarz braun klein lang jung weiss weis sommer stein engel horn busch kraft stark ernst
wolf koch vogel fuchs hahn kaiser graf keller blanc brun roux petit noel baron cousin breton germain
roche blanco cruz campos santos luna vega mora pastor bravo parra pena leon flores reyes ramos rubio
bianco neri costa villa serra testa pace guerra fiore leone conte riva sala grasso bruno groen zwart
smit bos vos kok post mol stam prins brink maas jager koning kroon berg lind ek holm bjork blom
strand dahl palm falk roos lilja nord kvist borg frisk modig lund dam bach toft bang ravn skov lykke
friis moe lie vik mo foss hole aas strom haug lien bakke torp salo niemi aho koski laine lahti
kallio harju kangas tuomi lis wilk baran duda krol urban mann frost wind sand fog gran rey bueno
domingo valle palma monaco piazza nagel zimmer stahl bar karhu lange blanca trinidad virginia
lourdes job dick robin viola
`);
