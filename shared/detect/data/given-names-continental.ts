/**
 * Most common given names in Germany, France, Spain, Italy, the Netherlands and Poland, written
 * from what the statistics offices and registries publish: Destatis-derived first-name rankings
 * (Germany has no official population list; the Gesellschaft für deutsche Sprache and registry
 * office compilations are the usual source), INSEE "Fichier des prénoms", INE "Nombres y
 * apellidos más frecuentes", ISTAT name statistics, the Meertens Institute's Nederlandse
 * Voornamenbank (from the BRP population register) and the PESEL register's first-name tables
 * published on dane.gov.pl. Adults' and newborns' names are both included.
 */
import { words } from './words';

/** Germany. */
export const GIVEN_NAMES_DE = words(`
Maria Ursula Monika Petra Elisabeth Sabine Renate Helga Karin Brigitte Ingrid Erika Andrea Gisela
Claudia Susanne Gabriele Christa Christine Hildegard Anna Birgit Barbara Gertrud Heike Marianne Elke
Martina Angelika Irmgard Inge Ute Stefanie Nicole Julia Katharina Sandra Anja Tanja Christina
Melanie Daniela Simone Nadine Kerstin Silke Manuela Doris Jutta Ingeborg Ruth Edith Waltraud Sophie
Marie Sophia Emilia Hannah Emma Mia Lina Ella Clara Lea Leonie Lena Laura Lara Johanna Charlotte
Luisa Amelie Greta Frieda Ida Mila Lia Paula Marlene Mathilda Emily Anni Lotta Leni Jana Jessica
Vanessa Jennifer Sarah Lisa Annika Franziska Carina Janina Svenja Miriam Antje Dagmar Beate Cornelia
Heidi Rita Anke Ulrike Iris Silvia Bärbel Rosemarie Hannelore Lieselotte Peter Michael Thomas
Andreas Wolfgang Klaus Jürgen Günter Stefan Hans Uwe Werner Horst Frank Christian Dieter Bernd
Manfred Ralf Gerhard Helmut Heinz Martin Joachim Matthias Markus Karl Sven Jörg Heinrich Walter Rolf
Alexander Rainer Dirk Torsten Holger Volker Sebastian Jan Tobias Daniel Florian Tim Dennis Kevin
Marcel Patrick Philipp Lukas Jonas Felix Maximilian Leon Paul Ben Noah Finn Elias Luis Louis Henry
Emil Anton Theo Matteo Jakob Moritz Niklas Julian Fabian Benedikt Friedrich Georg Ernst Otto Kurt
Fritz Willi Rudolf Hermann Erich Egon Norbert Reinhard Hartmut Detlef Lothar Armin Siegfried
Bernhard Johannes Oliver Carsten Steffen Marco Kai Nils Lars Björn René Mario Robert Benjamin David
Simon Dominik Marvin Pascal Till Malte Hannes Jannik Mats Milan Leo Oskar Karl-Heinz Hans-Jürgen
Hans-Peter Klaus-Dieter
`);

/** France (INSEE). */
export const GIVEN_NAMES_FR = words(`
Marie Nathalie Isabelle Sylvie Catherine Françoise Martine Christine Monique Valérie Sandrine Nicole
Sophie Stéphanie Céline Véronique Chantal Patricia Jacqueline Anne Julie Aurélie Nadine Brigitte
Émilie Laurence Sandra Christiane Camille Caroline Michèle Danielle Hélène Laetitia Sabrina Virginie
Corinne Annie Denise Claire Élodie Audrey Mélanie Pauline Marion Manon Léa Chloé Emma Inès Jade
Louise Alice Lina Rose Ambre Anna Mia Léna Juliette Lucie Zoé Clara Sarah Charlotte Margaux Mathilde
Anaïs Océane Laura Marine Justine Maëlys Agathe Romane Lola Eva Lou Josiane Simone Yvette Odette
Paulette Suzanne Colette Ginette Madeleine Jeanne Geneviève Josette Jean Philippe Michel Alain
Patrick Nicolas Christophe Pierre Christian Éric Frédéric Laurent Stéphane David Pascal Daniel
Julien Thierry Olivier Bernard Thomas Sébastien Gérard Didier Dominique Vincent François Bruno
Guillaume Jérôme Jacques Marc Maxime Romain Claude Antoine Franck Jean-Pierre Anthony Kévin Gilles
Cédric Serge André Mathieu Benjamin Patrice Fabrice Joël Jérémy Yves Jean-Claude Jean-Luc Jean-Marc
Jean-François Alexandre Hugo Lucas Louis Gabriel Léo Raphaël Arthur Jules Adam Maël Paul Nathan
Ethan Noah Sacha Gabin Théo Tom Mathis Enzo Baptiste Quentin Clément Valentin Florian Adrien Damien
Loïc Ludovic Sylvain Yannick Arnaud Bertrand Henri René Roger Marcel Robert Georges Lucien Raymond
Gilbert Maurice Émile Victor Timéo Aaron Axel Martin Noé Marius Lenny Côme Aurélien Mickaël Samuel
`);

/** Spain (INE). */
export const GIVEN_NAMES_ES = words(`
María Carmen Ana Isabel Laura Cristina Marta Dolores Pilar Lucía Elena Francisca Mercedes Rosa
Antonia Josefa Paula Raquel Sara Manuela Teresa Rocío Beatriz Encarnación Julia Silvia Patricia
Irene Montserrat Alba Andrea Rosario Concepción Nuria Mónica Alicia Sonia Inmaculada Sofía Martina
Daniela Valeria Carla Claudia Noa Emma Alma Lola Vega Olivia Valentina Candela Jimena Aitana Carlota
Ainhoa Marina Natalia Eva Ángela Susana Yolanda Margarita Esther Victoria Amparo Gloria Lorena
Miriam Noelia Verónica Vanesa Esperanza Remedios Milagros Luisa Nerea Leire Ainara Antonio Manuel
José Francisco David Juan Javier Daniel Carlos Jesús Alejandro Miguel Rafael Pedro Pablo Ángel
Sergio Fernando Jorge Luis Alberto Álvaro Diego Adrián Raúl Enrique Ramón Vicente Iván Rubén Óscar
Andrés Joaquín Santiago Eduardo Víctor Roberto Jaime Mario Ignacio Alfonso Hugo Marcos Martín Lucas
Mateo Leo Gonzalo Nicolás Samuel Guillermo Rodrigo Héctor Iker Aitor Unai Jon Asier Gorka Xavier
Jordi Marc Pau Pol Álex Emilio Julián Agustín Salvador Tomás Gabriel Aarón Izan Thiago Bruno Marco
Dario Eric Gael Arnau Oriol Joan Josep Mohamed Felipe Domingo Ricardo Julio Cristóbal Lorenzo
Sebastián Gregorio Rosendo Fidel Ismael Borja Cayetano Adriana Aurora Blanca Catalina Celia Clara
Consuelo Diana Emilia Estela Eugenia Fátima Inés Lidia Lourdes Maite Nieves Olga Rebeca Regina Rut
Soledad Tamara Trinidad Virginia Abel Alfredo Armando Arturo Benjamín César Clemente Cristian Damián
Elías Esteban Ezequiel Federico Fermín Gerardo Germán Gustavo Iñaki Iñigo Jacobo Jaume Leandro
Mariano Mikel Moisés Patricio Ramiro Saúl Teodoro Valentín Xabier
`);

/** Italy (ISTAT). */
export const GIVEN_NAMES_IT = words(`
Maria Anna Giuseppina Rosa Angela Giovanna Teresa Lucia Carmela Caterina Francesca Antonietta Carla
Elena Concetta Rita Margherita Franca Paola Laura Giulia Sofia Aurora Alice Ginevra Emma Giorgia
Greta Beatrice Martina Chiara Sara Valentina Federica Silvia Alessandra Elisa Roberta Monica Simona
Barbara Daniela Cristina Patrizia Antonella Luisa Marina Stefania Serena Claudia Ilaria Veronica
Eleonora Camilla Arianna Gaia Matilde Vittoria Noemi Nicole Ludovica Bianca Rebecca Miriam Adele
Mariangela Grazia Assunta Immacolata Filomena Giuseppe Giovanni Antonio Mario Luigi Francesco Angelo
Vincenzo Pietro Salvatore Carlo Franco Domenico Bruno Paolo Michele Giorgio Aldo Sergio Luciano
Roberto Stefano Alessandro Andrea Marco Matteo Lorenzo Leonardo Gabriele Riccardo Tommaso Edoardo
Federico Giulio Davide Simone Luca Fabio Massimo Maurizio Claudio Enrico Alberto Daniele Emanuele
Alessio Nicola Diego Filippo Christian Mattia Samuele Gianluca Gianni Giancarlo Fabrizio Umberto
Raffaele Gennaro Ciro Cosimo Rocco Sandro Renato Enzo Ettore Dario Cesare Vittorio Elia Giacomo
Jacopo Manuel Thomas Michelangelo Ernesto Guido Valerio Walter Silvio Ivano Leone Alessia Angelica
Benedetta Carlotta Cecilia Debora Diana Erica Fabiola Gabriella Irene Jessica Letizia Lorena
Loredana Manuela Maddalena Marta Michela Nadia Ornella Raffaella Rosaria Sabrina Sonia Tiziana Viola
Virginia Achille Alfredo Antonino Arturo Beniamino Carmine Cristiano Dino Emilio Fausto Felice
Gaetano Gianfranco Gino Ignazio Lucio Marcello Mauro Nazareno Nunzio Oreste Ottavio Pasquale Piero
Remo Rosario Sebastiano Tiziano
`);

/** Netherlands (Meertens / CBS). */
export const GIVEN_NAMES_NL = words(`
Maria Johanna Anna Cornelia Elisabeth Wilhelmina Catharina Hendrika Adriana Petronella Geertruida
Margaretha Jacoba Sandra Monique Linda Marieke Ingrid Petra Anja Esther Wendy Marloes Sanne Lisa
Anouk Eva Femke Laura Iris Fleur Julia Emma Tess Sophie Zoë Mila Saar Nora Lotte Sara Noor Yara Evi
Liv Nina Fenna Lieke Roos Isa Floor Vera Ilse Kim Manon Naomi Joyce Mirjam Inge Karin Annemarie
Hanneke Marjolein Marleen Mieke Wilma Ria Joke Tineke Anneke Gerda Truus Corry Henny Johannes
Hendrik Cornelis Jan Willem Petrus Gerrit Jacobus Pieter Adrianus Dirk Johan Hans Peter Kees Henk
Gert Marco Mark Dennis Jeroen Martijn Bas Erik Sander Thijs Ruben Tim Daan Lars Sem Bram Jesse Luuk
Milan Noah Lucas Finn Levi Liam Luca Sven Stijn Joris Niels Thomas Jasper Wouter Maarten Gijs Teun
Jens Mees Mats Siem Ties Guus Floris Hidde Wessel Koen Rick Joost Arjen Bart Frank Rob Ron Gerard
Theo Wim Frans Piet Klaas Ad Arie Bert Jaap Harm Roel Rutger Mohammed Ahmed Youssef Fatima Anne
Annemiek Astrid Bianca Carolien Charlotte Daphne Eline Elise Ellen Esmee Janneke Jasmijn Jolien
Karlijn Kirsten Maaike Margriet Marijke Marit Merel Nienke Renate Rianne Romy Suzanne Tamara
Willemijn Yvonne Aad Albert Arnoud Bastiaan Berend Bob Casper Coen Dick Dries Edwin Emiel Ferdinand
Freek Geert Gerben Hugo Huub Jelle Job Joep Jurgen Kevin Laurens Leendert Menno Mike Olivier Pim
Quinten Reinier Remco Robin Roy Stefan Thom Tijmen Tobias Twan Vincent Wilco Wout Yannick
`);

/** Poland (PESEL register, dane.gov.pl). */
export const GIVEN_NAMES_PL = words(`
Anna Maria Katarzyna Małgorzata Agnieszka Barbara Ewa Krystyna Elżbieta Magdalena Joanna Zofia
Monika Teresa Danuta Natalia Julia Aleksandra Karolina Marta Beata Dorota Halina Jadwiga Janina
Irena Jolanta Grażyna Iwona Alicja Justyna Renata Paulina Bożena Wiesława Urszula Sylwia Edyta Hanna
Lena Maja Zuzanna Oliwia Amelia Pola Laura Antonina Wiktoria Emilia Nikola Gabriela Helena
Stanisława Kazimiera Genowefa Lucyna Wanda Aneta Izabela Kinga Weronika Dominika Patrycja Klaudia
Martyna Michalina Nadia Milena Ewelina Piotr Krzysztof Andrzej Tomasz Jan Paweł Michał Marcin
Stanisław Jakub Adam Marek Łukasz Grzegorz Mateusz Wojciech Mariusz Dariusz Zbigniew Jerzy Maciej
Rafał Robert Kamil Józef Ryszard Janusz Tadeusz Jacek Kazimierz Sławomir Przemysław Dawid Bartosz
Szymon Antoni Aleksander Franciszek Filip Wiktor Stefan Leon Kacper Igor Oskar Hubert Mikołaj Wojtek
Bogdan Henryk Zdzisław Roman Waldemar Leszek Czesław Edward Sebastian Damian Adrian Artur Patryk
Daniel Konrad Norbert Arkadiusz Radosław Wiesław Mieczysław Bolesław Bronisław Tymon Ignacy Natan
Agata Alina Anastazja Bogusława Celina Ilona Jagoda Julianna Kamila Kornelia Lidia Liliana Łucja
Marianna Marzena Mirosława Regina Roksana Róża Sabina Stefania Tamara Wioletta Żaneta Albert
Bartłomiej Błażej Cezary Dominik Emil Eryk Fabian Gabriel Jarosław Jędrzej Julian Karol Krystian
Lech Ludwik Marian Maksymilian Miłosz Nikodem Olaf Oliwer Remigiusz Seweryn Tymoteusz Wacław Witold
Zenon Zygmunt
`);
