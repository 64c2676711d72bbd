/**
 * Most common given names in Sweden, Norway, Denmark and Finland, written from the national
 * statistics offices' published name tables: SCB "Namnstatistik" (names borne by the population
 * and names given to newborns), SSB "Navn" (Statistics Norway), Danmarks Statistik "Navne i hele
 * befolkningen" and DVV (Digital and Population Data Services Agency, Finland) first-name
 * statistics. Each list mixes the names most borne by today's adults with the most given since
 * 2000, because a customer file holds both generations. Spelling as registered, diacritics kept.
 */
import { words } from './words';

/** Sweden (SCB). */
export const GIVEN_NAMES_SE = words(`
Anna Eva Maria Karin Kristina Lena Sara Kerstin Emma Ingrid Marie Malin Jenny Birgitta Hanna Inger
Annika Linda Susanne Elin Monica Ulla Johanna Sofia Carina Elisabeth Katarina Ida Julia Helena
Margareta Camilla Åsa Anneli Gunilla Cecilia Therese Louise Ebba Alice Maja Elsa Astrid Wilma Alva
Saga Vera Agnes Freja Selma Ella Olivia Ellen Klara Stina Moa Matilda Felicia Frida Amanda Josefin
Emelie Jessica Lisa Caroline Sofie Ulrika Petra Mona Gun Siv Britt Marianne Barbro Agneta Ann Anita
Lisbeth Gunnel Signe Elvira Tilda Linnea Nellie Tuva Lova Ester Stella Lilly Leah Meja Nora Isabelle
Emilia Mira Hedda Ines Sigrid Ingela Yvonne Viktoria Madeleine Elisabet Åsa-Lena Anna-Karin
Ann-Marie Ann-Christin Eva-Lena Britt-Marie Mia Tina Paula Jeanette Josefine Rebecka Sanna Tove Tova
Hilda Edith Elise Majken Ronja Minna Nathalie Evelina Hilma Lina Linn Jonna Ylva Vendela Thea Elina
Lovisa Greta Märta Svea Irma Ingegerd Solveig Kajsa Lars Mikael Anders Johan Erik Per Karl Peter Jan
Thomas Hans Daniel Fredrik Bengt Stefan Mats Magnus Andreas Mattias Björn Jonas Niklas Sven
Alexander Bo Nils Leif Martin Göran Marcus Gustav Oskar Henrik Patrik Ulf Kjell Olof Ola Christer
Rolf Åke Roger Tommy Robert Joakim Viktor Emil Simon Jakob Filip Axel Anton William Oliver Lucas
Liam Hugo Elias Noah Adam Isak Ludvig Vincent Leo Alfred Theo Albin Melvin Viggo Sixten Elton Love
Arvid Edvin Olle Sebastian Rasmus Linus Tobias David Jesper Kristoffer Christoffer Johannes Sören
Torbjörn Ingvar Gunnar Lennart Kent Roland Tomas Claes Jörgen Staffan Ove Arne Kurt Rune Sten Gösta
Birger Valter Hampus Felix Max Ebbe Gabriel Samuel Benjamin Wilhelm Vilgot Otto Charlie Harry Malte
Frans Colin Folke Josef Mohammed Ali Ahmed Omar Kevin Dennis Jimmy Pontus Mikaela Conny Håkan Lasse
Jon Kalle Pelle Urban Ronny Lars-Erik Karl-Erik Jan-Erik Per-Olof Nicklas Joel Pär Morgan Janne
Sigvard Evert Gustaf Carl Einar Ivar Harald Holger Ingemar Bertil Lars-Göran Sune Tage Stig Yngve
Torsten
`);

/** Norway (SSB). */
export const GIVEN_NAMES_NO = words(`
Anne Inger Kari Marit Ingrid Liv Eva Berit Astrid Bjørg Hilde Anna Solveig Marianne Randi Ida Nina
Maria Elisabeth Kristin Bente Heidi Silje Hanne Gunn Tone Turid Ellen Karin Wenche Camilla Ragnhild
Mari Grete Laila Aud Torill Else Unni Sigrid Tove Emma Nora Sara Sofie Ingeborg Thea Julie Maja
Emilie Leah Hedda Frida Vilde Ingvild Kristine Mathilde Martine Tuva Selma Olivia Sunniva Ella Oda
Jenny Marte Guro Siri Synnøve Tonje Ane Kine Lene Trine Line Monica Mona Hege Elin Gro Vigdis Reidun
Jorunn Gerd Oddny Åse Sissel Merete Linn Malin Helene Stine Live Eline Amalie Aurora Hedvig Eira Mia
Ylva Signe Alma Lea Ingrid-Marie Ann-Kristin Jan Per Bjørn Ole Lars Kjell Knut Arne Svein Hans Geir
Tor Terje Thomas Morten John Erik Anders Rune Trond Martin Tore Harald Olav Jon Gunnar Einar Odd
Andreas Rolf Kristian Espen Nils Stein Øyvind Helge Leif Magnus Kristoffer Daniel Marius Christian
Jørgen Håkon Fredrik Sindre Henrik Even Eirik Sander Sebastian Jonas Mathias Tobias Markus Elias
Emil Kasper Filip Oskar Aksel Lukas Ludvig Isak Noah Jakob William Liam Theodor Johannes Adrian
Alexander Sverre Halvor Sigurd Vegard Vidar Steinar Asbjørn Torbjørn Ragnar Sigmund Dag Egil Åge
Kåre Ivar Jostein Kenneth Roger Frode Pål Petter Audun Eivind Øystein Ståle Simen Torstein Håvard
Bendik Mads Magne Arild Tom Ketil Olaf Jarle Roar Ronny Tommy Stian Joakim Brage Iver Mikkel Storm
Edvard Ulrik Peder
`);

/** Denmark (Danmarks Statistik). */
export const GIVEN_NAMES_DK = words(`
Anne Kirsten Mette Hanne Anna Helle Susanne Lene Maria Marianne Lone Camilla Pia Louise Inge
Charlotte Bente Tina Karen Gitte Jette Julie Lis Ida Emma Sofie Birgit Lotte Rikke Karin Dorte
Kristina Heidi Trine Malene Nina Maja Laura Ellen Freja Clara Alma Agnes Ella Sofia Josefine
Mathilde Caroline Cecilie Emilie Line Signe Stine Mia Christina Katrine Sara Amalie Isabella Nanna
Astrid Olivia Karla Frida Victoria Liva Lærke Asta Esther Ingrid Birthe Ulla Grethe Jytte Inger Else
Ruth Ellen-Margrethe Dorthe Vibeke Winnie Annette Jeanette Pernille Tanja Mona Majbritt Lisbeth
Connie Janni Sanne Tove Merete Henriette Maiken Gudrun Solvej Peter Jens Lars Michael Henrik Søren
Thomas Jan Niels Christian Jørgen Martin Hans Anders Morten Jesper Ole Per Erik Mads Rasmus
Niels-Peter Kim Mikkel Poul Carsten Torben Kenneth Steen Klaus Frederik Jakob Kristian Brian Lasse
Bo Allan Flemming Kurt Preben Bjarne Kasper Jacob Simon Mathias Emil Oliver William Lucas Noah
Victor Magnus Malthe Alfred Carl Oscar Elias Aksel Valdemar Arthur August Anton Felix Sebastian
Johan Villads Theo Viggo Storm Bertram Alexander Tobias Nikolaj Daniel Jonas Philip Christoffer
Benjamin Gustav Johannes Andreas Frank Finn John Jimmy Leif Erling Knud Svend Bent Arne Jørn Ejner
Aage Holger Palle Tommy Dennis Claus Ulrik Jeppe Rune Troels Bjørn Esben Asger Oskar Laurits Hjalte
Silas Karl
`);

/** Finland (DVV). */
export const GIVEN_NAMES_FI = words(`
Maria Helena Johanna Anneli Kaarina Marjatta Anna Liisa Annikki Hannele Tuulikki Elina Katariina
Sofia Emilia Aino Ilona Kristiina Orvokki Inkeri Tellervo Elisabet Päivi Tuula Leena Sari Anne Pirjo
Minna Tiina Riitta Marja Eila Kirsi Pirkko Sirpa Merja Seija Ritva Raija Heli Hanna Satu Aila Arja
Irma Eeva Laura Maarit Anu Jaana Tarja Outi Mervi Terhi Susanna Heidi Jenni Katja Saara Emma Aada
Venla Ella Eevi Helmi Isla Pihla Lilja Olivia Iida Ronja Veera Linnea Lotta Aava Sanni Sara Kerttu
Enni Oona Elli Vilma Milla Noora Essi Inka Nelli Peppi Siiri Alisa Emmi Ulla Marketta Hilkka Helvi
Aune Sinikka Sisko Vuokko Juhani Olavi Antero Tapani Johannes Tapio Mikael Kalevi Matti Ilmari Kari
Timo Pekka Jukka Mikko Markku Antti Jari Juha Heikki Hannu Seppo Janne Ville Jussi Petri Sami Pentti
Tuomas Jarmo Harri Mika Veikko Lauri Esa Raimo Risto Erkki Martti Pertti Tero Marko Teemu Jouni Jani
Toni Joonas Onni Eino Elias Leo Väinö Oliver Eeli Niilo Toivo Leevi Aatos Vilho Emil Otto Eetu
Aleksi Daniel Niko Santeri Valtteri Oskari Rasmus Joel Julius Lukas Luka Eemeli Kasper Aaro Hugo
Viljami Kalle Arttu Samuli Ilkka Jorma Aarne Arvo Reijo Keijo Kimmo Vesa Ari Aki Tommi Tuomo Jaakko
Olli Pasi Lassi Miika Topias Akseli Benjamin Veeti Nooa Aapo Iivari Armas
`);
