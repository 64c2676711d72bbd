/**
 * Most common surnames in Germany, France, Spain, Italy, the Netherlands and Poland, written from
 * Destatis-derived surname rankings (telephone-directory and registry compilations, as Germany
 * publishes no official list), INSEE's "Noms de famille" file, INE "Apellidos más frecuentes",
 * ISTAT surname tables, the Meertens Institute's Nederlandse Familienamenbank (CBS population
 * register) and the PESEL register's surname tables on dane.gov.pl. Dutch names keep their
 * particles ("de Jong"); the vocabulary also indexes the name without them, since Dutch forms
 * store the particle (tussenvoegsel) in a column of its own.
 */
import { words, phrases } from './words';

/** Germany. */
export const SURNAMES_DE = words(`
Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer
Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt
Werner Schmitz Krause Meier Lehmann Schmid Schulze Maier Köhler Herrmann König Walter Mayer Huber
Kaiser Fuchs Peters Lang Scholz Möller Weiß Jung Hahn Schubert Vogel Friedrich Keller Günther Frank
Berger Winkler Roth Beck Lorenz Baumann Franke Albrecht Schuster Simon Ludwig Böhm Winter Kraus
Martin Schumacher Krämer Vogt Stein Jäger Otto Sommer Groß Seidel Heinrich Brandt Haas Schreiber
Graf Schulte Dietrich Ziegler Kuhn Pohl Engel Horn Busch Bergmann Thomas Voigt Sauer Arnold Wolff
Pfeiffer Ernst Ritter Lindner Wilhelm Kraft Hübner Sander Schütz Meißner Heinz Schwab Kunz Vetter
Brinkmann Förster Wendt Friedrichs Stark Böttcher Dietz Fink Reuter Thiele Winkelmann Nowak Kowalski
Yılmaz Kaya Lehner Hesse Ebert Walther Kuhlmann Hermann Paul Moritz Peter Schilling Jansen Barth
Marx Riedel Fiedler Schenk Kremer Rudolph Böhme Kühne Pietsch Beyer Menzel Schröter Hartung Wenzel
Jahn Lindemann Kaufmann Zimmer Voß Mertens Rieger Gebhardt Heller Bock Reinhardt Schade Köster
Petersen Stahl Haase Baier Geiger Nagel Maurer Schumann Ullrich Hartwig Mohr Hein Bär Adam Göbel
Jacob Wittmann Engelhardt
`);

/** France (INSEE). */
export const SURNAMES_FR = phrases(`
Martin, Bernard, Thomas, Petit, Robert, Richard, Durand, Dubois, Moreau, Laurent, Simon, Michel,
Lefebvre, Leroy, Roux, David, Bertrand, Morel, Fournier, Girard, Bonnet, Dupont, Lambert, Fontaine,
Rousseau, Vincent, Muller, Lefèvre, Faure, André, Mercier, Blanc, Guérin, Boyer, Garnier, Chevalier,
François, Legrand, Gauthier, Garcia, Perrin, Robin, Clément, Morin, Nicolas, Henry, Roussel, Mathieu,
Gautier, Masson, Marchand, Duval, Denis, Dumont, Marie, Lemaire, Noël, Meyer, Dufour, Meunier, Brun,
Blanchard, Giraud, Joly, Rivière, Lucas, Brunet, Gaillard, Barbier, Arnaud, Martinez, Gérard, Roche,
Renard, Schmitt, Roy, Leroux, Colin, Vidal, Caron, Picard, Roger, Fabre, Aubert, Lemoine, Renaud,
Dumas, Lacroix, Olivier, Philippe, Bourgeois, Pierre, Benoît, Rey, Leclerc, Payet, Rolland, Leclercq,
Guillaume, Lecomte, Lopez, Jean, Dupuy, Guillot, Hubert, Berger, Carpentier, Sanchez, Dupuis, Moulin,
Louis, Deschamps, Huet, Vasseur, Perez, Boucher, Fleury, Royer, Klein, Jacquet, Adam, Poirier, Marty,
Aubry, Guyot, Carré, Charles, Renault, Charpentier, Ménard, Maillard, Baron, Bertin, Bailly, Hervé,
Schneider, Fernandez, Le Gall, Collet, Léger, Bouvier, Julien, Prévost, Millet, Perrot, Daniel,
Le Roux, Cousin, Germain, Breton, Besson, Langlois, Rémy, Pelletier, Lebrun
`);

/** Spain (INE). */
export const SURNAMES_ES = words(`
García Rodríguez González Fernández López Martínez Sánchez Pérez Gómez Martín Jiménez Hernández Ruiz
Díaz Moreno Muñoz Álvarez Romero Gutiérrez Alonso Navarro Torres Domínguez Ramos Vázquez Ramírez Gil
Serrano Morales Molina Blanco Suárez Castro Ortega Delgado Ortiz Marín Rubio Núñez Medina Sanz
Castillo Iglesias Cortés Garrido Santos Guerrero Lozano Cano Cruz Méndez Flores Prieto Herrera Peña
León Márquez Cabrera Gallego Calvo Vidal Campos Reyes Vega Fuentes Carrasco Diez Aguilar Caballero
Nieto Santana Vargas Pascual Giménez Herrero Hidalgo Montero Lorenzo Santiago Benítez Durán Ibáñez
Arias Mora Ferrer Carmona Vicente Rojas Soto Crespo Román Pastor Velasco Parra Sáez Moya Bravo
Rivera Gallardo Soler Pardo Sáenz Esteban Francisco Mendoza Rivas Espinosa Vera Quintana Mateo
Carrillo Sosa Bermúdez Casado Aguirre Miranda Hurtado Echeverría Etxeberria Goñi Aranda Rincón
Salazar Palacios Beltrán Luna Robles Figueroa Acosta Merino Franco Izquierdo Lara Silva Arroyo
Redondo Camacho Rey Otero Luque Galán Montes Ríos Sierra Segura Carrera Marcos Bernal Vila Soriano
Contreras Macías Guillén Pizarro Ballesteros Salas Varela Cuesta Rodrigo Benito Mateos Sancho
Manzano Calderón Valero Cuenca Aparicio Escobar Valle Andrés Toledo Paredes Pons Roldán Heredia
Domingo Bueno Cordero
`);

/** Italy (ISTAT). */
export const SURNAMES_IT = phrases(`
Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, Bruno, Gallo, Conti,
De Luca, Mancini, Costa, Giordano, Rizzo, Lombardi, Moretti, Barbieri, Fontana, Santoro, Mariani,
Rinaldi, Caruso, Ferrara, Galli, Martini, Leone, Longo, Gentile, Martinelli, Vitale, Lombardo, Serra,
Coppola, De Santis, D'Angelo, Marchetti, Parisi, Villa, Conte, Ferraro, Ferri, Fabbri, Bianco,
Marini, Grasso, Valentini, Messina, Sala, De Angelis, Gatti, Pellegrini, Palumbo, Sanna, Farina,
Rizzi, Monti, Cattaneo, Morelli, Amato, Silvestri, Mazza, Testa, Grassi, Pellegrino, Carbone,
Giuliani, Benedetti, Barone, Rossetti, Caputo, Montanari, Guerra, Palmieri, Bernardi, Martino, Fiore,
De Rosa, Ferretti, Bellini, Basile, Riva, Donati, Piras, Vitali, Battaglia, Sartori, Neri,
Costantini, Milani, Pagano, Ruggiero, Sorrentino, D'Amico, Orlando, Damico, Negri, Bassi, Fumagalli,
Cirillo, Bellucci, Fiorentino, Zanetti, Pace, Vianello, Brambilla, Ferrario, Marchi, Cocco, Porcu,
Melis, Pinna, Mura, Murgia, Carta, Cossu, Fadda, De Simone, D'Agostino, Lupo, Marchese, Grieco,
Zanella, Bertolini, Bertoni, Rota, Brunetti, Bonetti, Pagani, Mazzoni, Piazza, Tedesco, Santini,
Giorgi, Guidi, Ferrante, Romeo, Galante, Di Stefano, Di Giovanni, Di Pietro, Di Marco, Leonardi,
Valente, Rossini, Bonelli, Cavallo, Cattani, Gallina, Lorusso, Marra, Mauro, Mercuri, Monaco, Nardi,
Palma, Perna, Poli, Ricciardi, Sacco, Serafini, Spina, Tosi, Vaccaro, Venturi, Zanini, Zito,
Bernardini, Cristiani, Gallucci, Longhi
`);

/** Netherlands (Meertens / CBS), particles kept. */
export const SURNAMES_NL = phrases(`
de Jong, Jansen, de Vries, van den Berg, van Dijk, Bakker, Janssen, Visser, Smit, Meijer, de Boer,
Mulder, de Groot, Bos, Vos, Peters, Hendriks, van Leeuwen, Dekker, Brouwer, de Wit, Dijkstra, Smits,
de Graaf, van der Meer, van der Linden, Kok, Jacobs, de Haan, Vermeulen, van den Heuvel,
van der Veen, van den Broek, de Bruijn, de Bruin, van der Heijden, Schouten, van Beek, Willems,
van Vliet, van de Ven, Hoekstra, Maas, Verhoeven, Koster, van Dam, van der Wal, Prins, Blom, Huisman,
Peeters, de Jonge, Kuipers, van Veen, Post, Kuiper, Veenstra, Kramer, van den Brink, Scholten,
van Wijk, Postma, Martens, Vink, de Ruiter, Timmermans, Groen, Gerritsen, Jonker, van Loon, Boersma,
van der Velde, Willemsen, Evers, Bosch, Wouters, Kuijpers, Koopman, Dijkman, Verbeek, Bouwman,
van Rijn, Hermans, de Vos, Brink, Bosman, Sanders, van der Laan, Veldman, Hoogendoorn, van Doorn,
Lammers, Zwart, Wijnands, Goossens, Molenaar, Claassen, Mol, Stam, Jager, Kroon, Schipper, Koning,
van den Bosch, van der Meulen, van der Ploeg, de Lange, de Haas, de Koning, van Rooij, Zijlstra,
de Klerk, Faber, van Es, Bouma, Smeets, Janssens, Verhagen, Huizinga, de Kok, Tromp, Pronk, van Os,
van der Velden, van Gils, Snijders, Schuurman, Wolters, Kooistra, Brinkman, van Houten, Koopmans,
van Zanten, Aarts, Vermeer, van de Pol, Mertens, Verhoef, van Dongen, Verbruggen, Drost, Hoogland,
van Kampen, Geerts, Schoenmakers, Ruiter, Bergsma, Wiersma, Hofman, Boon, van Dalen, Terpstra,
Nijhuis, Hendriksen, de Wilde, Meijers
`);

/** Poland (PESEL register, dane.gov.pl); masculine and feminine forms are separate surnames there. */
export const SURNAMES_PL = words(`
Nowak Kowalski Kowalska Wiśniewski Wiśniewska Wójcik Kowalczyk Kamiński Kamińska Lewandowski
Lewandowska Zieliński Zielińska Szymański Szymańska Woźniak Dąbrowski Dąbrowska Kozłowski Kozłowska
Jankowski Jankowska Mazur Wojciechowski Wojciechowska Kwiatkowski Kwiatkowska Krawczyk Kaczmarek
Piotrowski Piotrowska Grabowski Grabowska Zając Pawłowski Pawłowska Michalski Michalska Król
Wieczorek Jabłoński Jabłońska Wróbel Nowakowski Nowakowska Majewski Majewska Olszewski Olszewska
Stępień Malinowski Malinowska Jaworski Jaworska Adamczyk Dudek Nowicki Nowicka Pawlak Górski Górska
Witkowski Witkowska Walczak Sikora Baran Rutkowski Rutkowska Michalak Szewczyk Ostrowski Ostrowska
Tomaszewski Tomaszewska Pietrzak Zalewski Zalewska Wróblewski Wróblewska Marciniak Jasiński Jasińska
Zawadzki Zawadzka Bąk Jakubowski Jakubowska Sadowski Sadowska Duda Włodarczyk Wilk Chmielewski
Chmielewska Borkowski Borkowska Sokołowski Sokołowska Szczepański Szczepańska Sawicki Sawicka Lis
Kubiak Mazurek Kalinowski Kalinowska Wysocki Wysocka Kołodziej Czarnecki Czarnecka Kaźmierczak
Sobczak Konieczny Konieczna Głowacki Głowacka Zakrzewski Zakrzewska Urban Kubacki Kurek Cieślak
Krupa Kaczmarczyk Błaszczyk Szulc Baranowski Baranowska Laskowski Laskowska Brzeziński Brzezińska
Makowski Makowska Ziółkowski Ziółkowska Przybylski Przybylska Domański Domańska Kowalewski
Kowalewska Tomczak Nowacki Nowacka Czerwiński Czerwińska Mróz Lewicki Lewicka Kołodziejczyk
Szczepaniak Sikorski Sikorska Sobczyk Adamski Adamska Pietrzyk Kasprzak Wawrzyniak Marczak Rogalski
Rogalska Wilczyński Wilczyńska Kozak Gajewski Gajewska Bielecki Bielecka Piątek Kruk Rybak Żak
Górecki Górecka
`);
