/**
 * Most common surnames in Sweden, Norway, Denmark and Finland, written from SCB "Efternamn"
 * statistics, SSB "Etternavn", Danmarks Statistik "Efternavne i hele befolkningen" and DVV
 * surname statistics. Registered spelling, diacritics kept; the vocabulary folds them.
 */
import { words } from './words';

/** Sweden (SCB). */
export const SURNAMES_SE = words(`
Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Pettersson
Jonsson Jansson Hansson Bengtsson Lindberg Jakobsson Magnusson Olofsson Lindström Lindqvist Lindgren
Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist Mattsson Berglund Fredriksson Sandberg
Henriksson Forsberg Sjöberg Wallin Engström Eklund Danielsson Lundin Håkansson Björk Bergman
Gunnarsson Holm Wikström Samuelsson Isaksson Fransson Bergqvist Nyström Holmberg Arvidsson Löfgren
Söderberg Nyberg Blomqvist Claesson Nordström Mårtensson Lundström Viklund Björklund Eliasson
Pålsson Berggren Sandström Lund Nordin Ström Åberg Hermansson Ekström Holmgren Dahlberg Hellström
Hedlund Sundberg Sjögren Ek Blom Abrahamsson Martinsson Öberg Andreasson Strömberg Månsson Åkesson
Norberg Lindholm Dahl Jonasson Sundström Lindahl Åström Nygren Ivarsson Söderström Berntsson Strand
Hedberg Holmqvist Edlund Sundqvist Lindblom Engberg Nordqvist Ekman Göransson Hedström Höglund
Carlsson Sjöström Forslund Lindén Lundholm Wahlström Ahlberg Bäckström Borg Ekberg Blomberg Sandin
Nyman Boström Åkerlund Hägglund Granath Wiberg Norén Östlund Strömqvist Hallberg Kjellberg Malmberg
Bergkvist Lundell Sjödin Palm Ericsson Jeppsson Ottosson Nordlund Franzén Lindell Westerberg Rosén
Bergh Sundin Wallén Sundell Grahn Lindroth Hjalmarsson Lindkvist Backlund Rydberg Ekholm Holmström
Ahmed Mohamed Ali Hassan Hussein Nguyen Stenberg Törnqvist Lilja Nord Sundelin Löfstedt Åkerman
Brandt Moberg Frisk Sjölund Lindmark Lantz Söderlund Westin Wikberg Berger Dahlgren Ljung Modig
Sjöqvist Enqvist Rudberg Kvist Roos Wennberg Bohlin Wallgren Hammar
`);

/** Norway (SSB). */
export const SURNAMES_NO = words(`
Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Karlsen Johnsen Pettersen
Eriksen Berg Haugen Hagen Johannessen Andreassen Jacobsen Dahl Jørgensen Halvorsen Henriksen Lund
Sørensen Jakobsen Moen Gundersen Iversen Strand Solberg Svendsen Eide Knutsen Martinsen Paulsen
Bakken Kristoffersen Mathisen Lie Amundsen Nguyen Rasmussen Ali Lunde Solheim Berge Moe Nygård Bakke
Kristensen Fredriksen Holm Lien Hauge Christensen Andresen Nielsen Knudsen Evensen Sæther Aas Myhre
Hanssen Ahmed Haugland Thomassen Sivertsen Simonsen Danielsen Berntsen Sandvik Rønning Arnesen
Antonsen Næss Vik Haug Ellingsen Thorsen Edvardsen Birkeland Isaksen Gulbrandsen Ruud Aasen Strøm
Myklebust Tangen Ødegård Eliassen Helland Bøe Jenssen Aune Mikkelsen Tveit Brekke Abrahamsen Madsen
Hovland Torgersen Dale Nordby Solli Fossum Sletten Nyberg Engen Lorentzen Bjørnstad Berntzen Helle
Nordli Wold Holmen Torp Ødegaard Stene Grønli Tveiten Hovde Skogen Løken Sandberg Østby Foss Hole
Rustad Gjerde Fjeld Kvam Mo Hoel Husby Hovden Kvale Austad Bjerke Engebretsen Holte Kleven Krogh
Langseth Mathiesen Nesheim Nygaard Opsahl Rød Rønningen Skaug Solvang Stensrud Storli Sunde Sætre
Thoresen Vatne Vold Wiik Haaland Bråthen Dahle Gran Hoff Lia Myrvold Nordahl Wang
`);

/** Denmark (Danmarks Statistik). */
export const SURNAMES_DK = words(`
Nielsen Jensen Hansen Andersen Pedersen Christensen Larsen Sørensen Rasmussen Jørgensen Petersen
Madsen Kristensen Olsen Thomsen Christiansen Poulsen Johansen Møller Mortensen Knudsen Jakobsen
Jacobsen Mikkelsen Olesen Frederiksen Laursen Henriksen Lund Schmidt Eriksen Holm Kristiansen
Clausen Simonsen Svendsen Andreasen Iversen Jeppesen Mogensen Jespersen Nissen Lauridsen Kjær Jepsen
Frandsen Østergaard Søndergaard Kjeldsen Dam Carlsen Nygaard Bertelsen Lauritsen Vestergaard
Overgaard Mathiasen Bach Thygesen Toft Dahl Berg Bruun Ravn Kofoed Lassen Hviid Bang Riis Winther
Koch Friis Schultz Lindberg Juhl Krog Lindholm Gregersen Enevoldsen Michelsen Paulsen Boesen
Steffensen Vinther Eskildsen Kruse Holst Brandt Skov Mølgaard Ahmed Ali Hussein Nguyen Abdi
Bundgaard Damgaard Kirkegaard Gade Hald Jessen Mathiesen Bisgaard Bjerregaard Kjærgaard Lykke
Svensson Sloth Beck Hemmingsen Villadsen Hjorth Ebbesen Skovgaard Frost Sommer Dalgaard Ipsen Wind
Mørch Thorsen Bjerre Hougaard Pallesen Lorentzen Hedegaard Skou Lange Rask Nørgaard Kristoffersen
Ottosen Gravesen Bonde Hermansen Justesen Fischer Schou Kragh Sand Bech Bendtsen Søgaard Aagaard
Wulff Danielsen Fog Esbensen Hjort Klausen Krogh Westergaard Markussen Henningsen Haugaard
Kjærsgaard Nørregaard Abildgaard Brix Lauritzen
`);

/** Finland (DVV). */
export const SURNAMES_FI = words(`
Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen
Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen
Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Leinonen Hiltunen Hakala Miettinen
Leppänen Väisänen Kallio Hirvonen Pitkänen Anttila Laaksonen Aaltonen Manninen Hyvönen Hänninen
Nurmi Lindholm Kettunen Heiskanen Pelkonen Räsänen Kemppainen Ojala Koivisto Mustonen Vainio Laakso
Peltonen Seppälä Lindroos Kärkkäinen Jääskeläinen Harju Toivonen Eskelinen Sirviö Hyttinen Lindqvist
Nyman Rönkkö Pesonen Laukkanen Honkanen Ikonen Granström Vainikka Nykänen Huttunen Huhtala Lampinen
Kiiskinen Kauppinen Partanen Backman Suominen Aalto Lappalainen Ruotsalainen Moilanen Rautiainen
Kurki Immonen Vesterinen Tikkanen Koponen Oksanen Sundström Mikkonen Halonen Valtonen Lundqvist
Johansson Nyström Rissanen Kivelä Kiiski Hurme Keskinen Kokkonen Markkanen Ollila Järvelä Mäkipää
Leskinen Blomqvist Sjöblom Lahti Lehto Karvonen Savela Sirola Kangas Koivula Leino Rajala Koski
Jokela Puustinen Tuomi Kivinen Aho Kananen Hakkarainen Pulkkinen Seppänen Väänänen Tolvanen Rautio
Paananen Ahola Kiviniemi Pietilä Lehtimäki Valkonen Hytönen Nurminen Sihvonen Liimatainen Koivunen
Holopainen Määttä Tuomela Mikkola Niskanen Parviainen Rantala Saarela Salmi Forsman Lindberg Lehtola
Peltola Heino Vuorinen Leppälä Kangasniemi Karhu Kuusisto Ojanen Ollikainen Pakarinen Rautanen
Suhonen Vartiainen Wallin
`);
